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

    /**
     * True for rows whose collection has at least one member matching every criterion (any
     * member when none is given): {@code session.query(User.class).filter(User_.posts.any())},
     * {@code User_.posts.any(Post_.title.like("%SQL%"))}. Renders a correlated {@code EXISTS}.
     */
    @SafeVarargs
    public final dev.ormkit.sql.Expression<Boolean> any(dev.ormkit.sql.Expression<Boolean>... criteria) {
        return existsRelated(criteria);
    }
}
