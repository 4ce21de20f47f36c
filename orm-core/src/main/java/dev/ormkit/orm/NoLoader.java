package dev.ormkit.orm;

import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;

/**
 * The {@code noload} strategy: the relationship never loads; the field holds an empty
 * collection (or null) marked loaded, and what the program adds is flushed as usual.
 */
final class NoLoader extends LoaderStrategy {
    static final NoLoader INSTANCE = new NoLoader();

    private NoLoader() {
    }

    @Override
    Lazy kind() {
        return Lazy.NOLOAD;
    }

    @Override
    void init(SessionImpl session, InstanceState state, int index, RelationshipAttribute r) {
        if (r.isCollection() && Instrumentation.instrumentable(r)) {
            InstrumentedCollection<?> c = Instrumentation.newCollection(state, r, true);
            c.mode(LoadMode.LAZY);
            r.set(state.entity(), c);
            state.snapshotRelationship(index, c);
        } else if (!r.isCollection()) {
            r.set(state.entity(), null);
            state.snapshotRelationship(index, null);
        }
        state.markLoaded(index);
    }

    @Override
    boolean loadsAfterQuery(RelationshipAttribute r) {
        return false;
    }
}
