package dev.ormkit.mapping.meta;

/**
 * A relationship to a collection of objects ({@code User_.posts}, {@code Post_.tags}).
 *
 * @param <E> the mapped class declaring the relationship
 * @param <T> the element class
 */
public final class CollectionRelation<E, T> extends RelationAttribute<E, T> {
    public CollectionRelation(Class<E> entity, String attribute, Class<T> target) {
        super(entity, attribute, target);
    }
}
