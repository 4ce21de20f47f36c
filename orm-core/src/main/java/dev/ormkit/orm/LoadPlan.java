package dev.ormkit.orm;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Which strategy loads each relationship of the objects one query (or one relationship load)
 * produces: the query's {@link LoaderOption}s where they say, else each relationship's
 * {@code @Relationship(lazy = ...)}. A plan has a child plan per relationship for the objects
 * that relationship brings in. Eager defaults stop after a few levels and never follow a
 * relationship straight back (Post.author after User.posts), so mutually eager mappings
 * cannot recurse forever.
 */
final class LoadPlan {
    private static final int MAX_DEFAULT_EAGER_DEPTH = 3;

    private final EntityMapping<?> mapping;
    private final Map<String, Lazy> strategies = new HashMap<>();
    private final Map<String, LoadPlan> children = new HashMap<>();
    private final @Nullable RelationshipAttribute via;
    private final int depth;

    private LoadPlan(EntityMapping<?> mapping, @Nullable RelationshipAttribute via, int depth) {
        this.mapping = mapping;
        this.via = via;
        this.depth = depth;
    }

    /** The plan of the mapping's own defaults. */
    static LoadPlan defaults(EntityMapping<?> mapping) {
        return new LoadPlan(mapping, null, 0);
    }

    /** The plan for a query of {@code mapping} with these options. */
    static LoadPlan of(EntityMapping<?> mapping, List<LoaderOption> options) {
        LoadPlan plan = defaults(mapping);
        for (LoaderOption o : options) {
            LoadPlan at = plan;
            for (LoaderOption.Step step : o.path()) {
                if (!step.relation().entity().isAssignableFrom(at.mapping.type())
                        && !at.mapping.type().isAssignableFrom(step.relation().entity())) {
                    throw new ArgumentException("Loader option " + o + " does not apply to a query of "
                            + at.mapping.type().getSimpleName() + ": " + step.relation() + " is a relationship of "
                            + step.relation().entity().getSimpleName());
                }
                RelationshipAttribute r = step.relation().relationship();
                at.strategies.put(r.name(), step.strategy());
                at = at.child(r);
            }
        }
        return plan;
    }

    EntityMapping<?> mapping() {
        return mapping;
    }

    /** Strategies worked out so far, by relationship: asked for per loaded object, so cached. */
    private final IdentityHashMap<RelationshipAttribute, LoaderStrategy> resolved = new IdentityHashMap<>();

    /** How {@code r} loads under this plan. */
    Lazy strategy(RelationshipAttribute r) {
        return loader(r).kind();
    }

    /** The relationship list {@link #loaders} last answered for, and its answer. */
    private @Nullable List<RelationshipAttribute> loadersFor;
    private LoaderStrategy[] loaders = new LoaderStrategy[0];

    /**
     * The loader strategy of each of {@code relationships} (a mapping's own list, in order):
     * asked for once per loaded object, so kept as an array for the last mapping asked about
     * (one per query, bar inheritance), rather than looked up per relationship per object.
     */
    LoaderStrategy[] loaders(List<RelationshipAttribute> relationships) {
        if (relationships != loadersFor) {
            LoaderStrategy[] out = new LoaderStrategy[relationships.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = loader(relationships.get(i));
            }
            loaders = out;
            loadersFor = relationships;
        }
        return loaders;
    }

    /** The loader strategy of {@code r} under this plan. */
    LoaderStrategy loader(RelationshipAttribute r) {
        LoaderStrategy s = resolved.get(r);
        if (s == null) {
            s = LoaderStrategy.of(resolve(r));
            resolved.put(r, s);
        }
        return s;
    }

    private Lazy resolve(RelationshipAttribute r) {
        Lazy explicit = strategies.get(r.name());
        if (explicit != null) {
            return explicit;
        }
        Lazy declared = r.lazy();
        boolean eager = declared == Lazy.JOINED || declared == Lazy.SELECTIN || declared == Lazy.SUBQUERY;
        if (eager && (depth >= MAX_DEFAULT_EAGER_DEPTH || (via != null && via.backPopulates() == r))) {
            return Lazy.SELECT;
        }
        return declared;
    }

    /**
     * True for a query's plan that no option changed: {@link #defaults} would give an equal one
     * (options always set a strategy at the root, and a child plan is never a query's own).
     */
    boolean isDefaults() {
        return via == null && depth == 0 && strategies.isEmpty();
    }

    /** The plan for the objects {@code r} brings in. */
    LoadPlan child(RelationshipAttribute r) {
        return children.computeIfAbsent(r.name(), n -> new LoadPlan(r.target(), r, depth + 1));
    }

    /** True when some relationship of the mapping loads eagerly under this plan. */
    boolean hasEager() {
        for (RelationshipAttribute r : mapping.relationships()) {
            if (isEager(r)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code r} loads together with the objects (joined, selectin or subquery). */
    boolean isEager(RelationshipAttribute r) {
        return loader(r).isEager();
    }
}
