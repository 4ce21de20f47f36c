package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.meta.RelationAttribute;

/**
 * A loader option for {@link Query#options}: a path of relationships, each with the strategy
 * to load it by, built with the static methods of {@link Load} and chained along the path:
 * {@code selectinLoad(User_.posts).joinedLoad(Post_.author)} loads users' posts with a second
 * SELECT and each post's author in that SELECT through a join. Immutable.
 */
public final class LoaderOption {
    /** One relationship of the path and its strategy. */
    record Step(RelationAttribute<?, ?> relation, Lazy strategy) {
    }

    private final List<Step> path;

    LoaderOption(List<Step> path) {
        this.path = List.copyOf(path);
    }

    List<Step> path() {
        return path;
    }

    private LoaderOption then(RelationAttribute<?, ?> relation, Lazy strategy) {
        Objects.requireNonNull(relation, "relation");
        Step last = path.get(path.size() - 1);
        if (!relation.entity().isAssignableFrom(last.relation().target())
                && !last.relation().target().isAssignableFrom(relation.entity())) {
            throw new ArgumentException("Cannot chain " + relation + " after " + last.relation() + ": it is a relationship of "
                    + relation.entity().getSimpleName() + ", but the path has reached "
                    + last.relation().target().getSimpleName());
        }
        List<Step> next = new ArrayList<>(path);
        next.add(new Step(relation, strategy));
        return new LoaderOption(next);
    }

    /** Then loads {@code relation} of the objects reached so far through a LEFT OUTER JOIN. */
    public LoaderOption joinedLoad(RelationAttribute<?, ?> relation) {
        return then(relation, Lazy.JOINED);
    }

    /** Then loads {@code relation} with a SELECT ... WHERE key IN (...). */
    public LoaderOption selectinLoad(RelationAttribute<?, ?> relation) {
        return then(relation, Lazy.SELECTIN);
    }

    /** Then loads {@code relation} with a SELECT joined to the query that loaded the objects so far. */
    public LoaderOption subqueryLoad(RelationAttribute<?, ?> relation) {
        return then(relation, Lazy.SUBQUERY);
    }

    /** Then leaves {@code relation} to load on first access. */
    public LoaderOption lazyLoad(RelationAttribute<?, ?> relation) {
        return then(relation, Lazy.SELECT);
    }

    /** Then makes touching {@code relation} unloaded an error. */
    public LoaderOption raiseLoad(RelationAttribute<?, ?> relation) {
        return then(relation, Lazy.RAISE);
    }

    /** Then never loads {@code relation}. */
    public LoaderOption noLoad(RelationAttribute<?, ?> relation) {
        return then(relation, Lazy.NOLOAD);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Step s : path) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Load.methodName(s.strategy())).append('(').append(s.relation()).append(')');
        }
        return sb.toString();
    }
}
