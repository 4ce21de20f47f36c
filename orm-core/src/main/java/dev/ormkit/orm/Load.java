package dev.ormkit.orm;

import java.util.List;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.meta.RelationAttribute;

/**
 * Loader options, SQLAlchemy's {@code joinedload}, {@code selectinload} and friends:
 * <pre>{@code
 * import static dev.ormkit.orm.Load.*;
 *
 * session.query(User.class).options(joinedLoad(User_.posts)).filterBy("username", "alice").first();
 * session.query(User.class).options(selectinLoad(User_.posts).joinedLoad(Post_.author), raiseLoad(User_.comments)).all();
 * }</pre>
 * An option overrides the relationship's {@code @Relationship(lazy = ...)} for one query.
 * <ul>
 * <li>{@link #joinedLoad}: a LEFT OUTER JOIN in the query itself; rows are folded back into
 *     unique parents, and a LIMIT/OFFSET applies to the parents (the limited query becomes a
 *     subquery that the join wraps). One statement. Best for many-to-one and small collections.</li>
 * <li>{@link #selectinLoad}: after the query, {@code SELECT ... WHERE key IN (...)} over the
 *     parents' keys, 500 keys per statement. Usually the best choice for collections.</li>
 * <li>{@link #subqueryLoad}: after the query, a SELECT joined to the original query run again
 *     as a subquery. For databases or keys where a long IN list is a problem.</li>
 * <li>{@link #lazyLoad}: on first access, one SELECT (the default).</li>
 * <li>{@link #raiseLoad}: first access throws {@link dev.ormkit.exc.LazyLoadRaisedException}:
 *     a guard that a code path never loads lazily.</li>
 * <li>{@link #noLoad}: never loaded; the attribute stays empty (null for a reference).</li>
 * </ul>
 */
public final class Load {
    private Load() {
    }

    /** Loads {@code relation} in the query itself, through a LEFT OUTER JOIN. */
    public static LoaderOption joinedLoad(RelationAttribute<?, ?> relation) {
        return of(relation, Lazy.JOINED);
    }

    /** Loads {@code relation} after the query with {@code SELECT ... WHERE key IN (...)}. */
    public static LoaderOption selectinLoad(RelationAttribute<?, ?> relation) {
        return of(relation, Lazy.SELECTIN);
    }

    /** Loads {@code relation} after the query with a SELECT joined to the query re-run as a subquery. */
    public static LoaderOption subqueryLoad(RelationAttribute<?, ?> relation) {
        return of(relation, Lazy.SUBQUERY);
    }

    /** Loads {@code relation} on first access (overrides an eager {@code @Relationship(lazy = ...)}). */
    public static LoaderOption lazyLoad(RelationAttribute<?, ?> relation) {
        return of(relation, Lazy.SELECT);
    }

    /** Makes first access of {@code relation}, unloaded, throw {@link dev.ormkit.exc.LazyLoadRaisedException}. */
    public static LoaderOption raiseLoad(RelationAttribute<?, ?> relation) {
        return of(relation, Lazy.RAISE);
    }

    /** Never loads {@code relation}: a collection stays empty, a reference null. */
    public static LoaderOption noLoad(RelationAttribute<?, ?> relation) {
        return of(relation, Lazy.NOLOAD);
    }

    private static LoaderOption of(RelationAttribute<?, ?> relation, Lazy strategy) {
        return new LoaderOption(List.of(new LoaderOption.Step(java.util.Objects.requireNonNull(relation, "relation"),
                strategy)));
    }

    static String methodName(Lazy strategy) {
        switch (strategy) {
            case JOINED:
                return "joinedLoad";
            case SELECTIN:
                return "selectinLoad";
            case SUBQUERY:
                return "subqueryLoad";
            case RAISE:
                return "raiseLoad";
            case NOLOAD:
                return "noLoad";
            default:
                return "lazyLoad";
        }
    }
}
