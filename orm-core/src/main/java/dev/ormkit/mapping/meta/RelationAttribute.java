package dev.ormkit.mapping.meta;

import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;

/**
 * A relationship of {@code E} to {@code T} in the metamodel: what joins and loader options take
 * ({@code join(Post_.tags)}, {@code selectinLoad(User_.posts)}).
 *
 * @param <E> the mapped class declaring the relationship
 * @param <T> the related class
 */
public abstract class RelationAttribute<E, T> {
    private final Class<E> entity;
    private final String attribute;
    private final Class<T> target;

    protected RelationAttribute(Class<E> entity, String attribute, Class<T> target) {
        this.entity = entity;
        this.attribute = attribute;
        this.target = target;
    }

    public Class<E> entity() {
        return entity;
    }

    /** The field name. */
    public String attribute() {
        return attribute;
    }

    /** The related class. */
    public Class<T> target() {
        return target;
    }

    /** The resolved relationship: direction, join columns, partner. */
    public RelationshipAttribute relationship() {
        return EntityMapping.of(entity).relationship(attribute);
    }

    @Override
    public String toString() {
        return entity.getSimpleName() + "." + attribute;
    }
}
