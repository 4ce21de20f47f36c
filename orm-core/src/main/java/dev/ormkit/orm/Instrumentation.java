package dev.ormkit.orm;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;

/**
 * What the relationship fields of an object hold once it is in a session: for a loaded object,
 * whatever each relationship's {@link LoaderStrategy} sets up; for a new one, an
 * {@link InstrumentedCollection} around what the program put there. A collection field can be
 * instrumented when its declared type is one an instrumented collection stands in for.
 */
final class Instrumentation {
    private Instrumentation() {
    }

    /**
     * Sets up the relationship fields of a newly loaded object under {@code plan}. Relationships
     * left unloaded (eager ones, and references that need a query) are for {@link ResultLoader}
     * to load after the query.
     */
    static void install(SessionImpl session, InstanceState state, LoadPlan plan) {
        state.plan(plan);
        List<RelationshipAttribute> rels = state.relationships();
        LoaderStrategy[] loaders = plan.loaders(rels);
        for (int i = 0; i < loaders.length; i++) {
            loaders[i].init(session, state, i, rels.get(i));
        }
    }

    /** Installs a loaded collection holding what the object's field held (a new object joining a session). */
    @SuppressWarnings("unchecked")
    static void instrument(InstanceState state) {
        Object entity = state.entity();
        for (RelationshipAttribute r : state.relationships()) {
            if (!r.isCollection() || r.get(entity) instanceof InstrumentedCollection<?>) {
                continue;
            }
            if (!instrumentable(r)) {
                continue; // a concrete collection type the program chose stays as it is
            }
            Collection<Object> before = (Collection<Object>) r.get(entity);
            InstrumentedCollection<?> c = newCollection(state, r, true);
            if (before != null) {
                for (Object o : before) {
                    ((Collection<Object>) c.delegate).add(o);
                }
            }
            r.set(entity, c);
        }
    }

    /**
     * True when the field's declared type is one an {@link InstrumentedCollection} can stand in
     * for ({@code List}, {@code Set}, {@code Collection}). A field declared as a concrete or
     * sorted type cannot load lazily and is loaded with the query instead.
     */
    static boolean instrumentable(RelationshipAttribute r) {
        Class<?> t = r.field().getType();
        return t == List.class || t == Set.class || t == Collection.class;
    }

    /** A new instrumented collection for {@code r} of {@code state}: a set for a Set field, else a list. */
    static InstrumentedCollection<?> newCollection(InstanceState state, RelationshipAttribute r, boolean loaded) {
        return Set.class.isAssignableFrom(r.field().getType())
                ? new InstrumentedSet(state, r, loaded) : new InstrumentedList(state, r, loaded);
    }

    /** After an object's columns were (re)read: its unloaded many-to-one references can now be set from the keys. */
    static void referencesAfterReload(SessionImpl session, InstanceState state) {
        List<RelationshipAttribute> rels = state.relationships();
        for (int i = 0; i < rels.size(); i++) {
            RelationshipAttribute r = rels.get(i);
            if (!r.isCollection() && r.direction() == Direction.MANY_TO_ONE && !state.isLoaded(r.name())
                    && r.get(state.entity()) == null) {
                LoadPlan plan = state.plan();
                LoaderStrategy s = plan == null ? LoaderStrategy.of(r.lazy()) : plan.loader(r);
                if (s.kind() != Lazy.NOLOAD) {
                    LazyLoader.reference(session, state, i, r, s.mode());
                }
            }
        }
    }
}
