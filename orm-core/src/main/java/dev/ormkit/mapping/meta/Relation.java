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

    /**
     * True for rows whose related object exists and matches every criterion:
     * {@code session.query(Post.class).filter(Post_.author.has(User_.username.eq("alice")))}.
     * Renders a correlated {@code EXISTS}.
     */
    @SafeVarargs
    public final dev.ormkit.sql.Expression<Boolean> has(dev.ormkit.sql.Expression<Boolean>... criteria) {
        return existsRelated(criteria);
    }
}
