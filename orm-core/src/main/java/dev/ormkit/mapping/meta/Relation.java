package dev.ormkit.mapping.meta;

/**
 * A relationship to one object ({@code Post_.author}).
 *
 * @param <E> the mapped class declaring the relationship
 * @param <T> the related class
 */
public final class Relation<E, T> extends RelationAttribute<E, T> {
    public Relation(Class<E> entity, String attribute, Class<T> target) {
        super(entity, attribute, target);
    }
}
