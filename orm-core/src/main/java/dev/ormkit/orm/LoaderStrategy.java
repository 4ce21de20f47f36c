package dev.ormkit.orm;

import java.util.List;
import java.util.Locale;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.Select;
import org.jspecify.annotations.Nullable;

/**
 * How one relationship loads, chosen per relationship by a {@link LoadPlan} (the query's
 * options, else the mapping's {@code lazy}), as SQLAlchemy's loader strategies are: one small
 * stateless object per {@link Lazy} value. A strategy answers three questions: what the field
 * of a newly loaded object holds ({@link #init}), whether the related rows come in the query's
 * own statement ({@link #joins}), and whether and how they load right after the query's rows
 * ({@link #loadsAfterQuery}, {@link #loadAfterQuery}).
 * <ul>
 * <li>{@link LazyLoader} ({@code select}): loads on first access;</li>
 * <li>{@link JoinedLoader}: a LEFT OUTER JOIN in the query;</li>
 * <li>{@link SelectInLoader}: one SELECT ... IN after the query;</li>
 * <li>{@link SubqueryLoader}: one SELECT joined to the query re-run as a subquery;</li>
 * <li>{@link RaiseLoader}: first access throws;</li>
 * <li>{@link NoLoader}: never loads; the field stays empty.</li>
 * </ul>
 */
abstract class LoaderStrategy {
    /** The strategy of {@code lazy}. */
    static LoaderStrategy of(Lazy lazy) {
        return switch (lazy) {
            case SELECT -> LazyLoader.INSTANCE;
            case JOINED -> JoinedLoader.INSTANCE;
            case SELECTIN -> SelectInLoader.INSTANCE;
            case SUBQUERY -> SubqueryLoader.INSTANCE;
            case RAISE -> RaiseLoader.INSTANCE;
            case NOLOAD -> NoLoader.INSTANCE;
        };
    }

    /** The {@code lazy} value this strategy implements. */
    abstract Lazy kind();

    /** True when the relationship loads together with its owners (joined, selectin, subquery). */
    boolean isEager() {
        return false;
    }

    /** What touching the relationship while unloaded does: load it, or throw. */
    LoadMode mode() {
        return LoadMode.LAZY;
    }

    /**
     * True when the related rows come in the query's own statement. {@code batched}: the query
     * is read in batches (a stream), where a collection's rows could be split between batches.
     */
    boolean joins(RelationshipAttribute r, boolean batched) {
        return false;
    }

    /**
     * Sets the field of {@code r} (at {@code index}) of a newly loaded object: an instrumented
     * collection that loads on first use, or for a reference null (the query, or first access,
     * loads it). A collection of a concrete type the program chose cannot stand in for a lazy
     * one: it is left for the query to load.
     */
    void init(SessionImpl session, InstanceState state, int index, RelationshipAttribute r) {
        if (r.isCollection()) {
            if (Instrumentation.instrumentable(r)) {
                InstrumentedCollection<?> c = Instrumentation.newCollection(state, r, false);
                c.mode(mode());
                r.set(state.entity(), c);
                state.snapshotRelationship(index, c);
            }
            return;
        }
        r.set(state.entity(), null);
        state.snapshotRelationship(index, null);
        if (!isEager() && r.direction() == Direction.MANY_TO_ONE) {
            // the session's object or a proxy; when that needs a query, left unloaded for the query
            LazyLoader.reference(session, state, index, r, mode());
        }
    }

    /**
     * True when {@code r} of objects just loaded is loaded right after the query's rows: an
     * eager strategy's, and a lazy one's that cannot be lazy (a reference that needs a query, a
     * collection of a concrete type).
     */
    boolean loadsAfterQuery(RelationshipAttribute r) {
        return isEager() || !r.isCollection() || !Instrumentation.instrumentable(r);
    }

    /**
     * Loads {@code r} for {@code owners} right after the query ({@code source}, null when it cannot
     * be re-run) read them; the related objects load under {@code childPlan}. Returns the number
     * of statements run. By default one SELECT ... IN per chunk of keys.
     */
    int loadAfterQuery(SessionImpl session, RelationshipAttribute r, List<InstanceState> owners, LoadPlan childPlan,
                       @Nullable Select source) {
        return SelectInLoader.load(session, r, owners, childPlan, null, Origin.EAGER_LOAD);
    }

    @Override
    public String toString() {
        return kind().name().toLowerCase(Locale.ROOT) + " loader";
    }
}
