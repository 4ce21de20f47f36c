package dev.ormkit.orm;

import dev.ormkit.exc.LazyLoadRaisedException;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;

/**
 * The {@code raise} strategy: the field is set up as for a lazy load, and first access throws
 * instead of loading, so an N+1 pattern fails in tests rather than slowing production down.
 */
final class RaiseLoader extends LoaderStrategy {
    static final RaiseLoader INSTANCE = new RaiseLoader();

    private RaiseLoader() {
    }

    @Override
    Lazy kind() {
        return Lazy.RAISE;
    }

    @Override
    LoadMode mode() {
        return LoadMode.RAISE;
    }

    /** The error of touching {@code r} of {@code state}, which is set to raise. */
    static LazyLoadRaisedException raised(InstanceState state, RelationshipAttribute r) {
        String name = r.owner().getSimpleName() + "." + r.name();
        return new LazyLoadRaisedException(name + " of " + state.describe() + " is not loaded and is set to raise "
                + "(raiseLoad or lazy = RAISE) instead of loading lazily. Load it with the query: options(selectinLoad("
                + r.owner().getSimpleName() + "_." + r.name() + ")) or joinedLoad(...)");
    }
}
