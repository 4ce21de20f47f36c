package dev.ormkit.orm;

import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The state behind one proxy: the session object it stands for, whether it is loaded, and the
 * reference it was reached through (for error messages, N+1 detection and batch loading).
 * Public only because the generated class in the user's package calls it; not an API.
 */
public final class ProxyHandler {
    final InstanceState state;
    /** The relationship and object the proxy was first reached through. */
    final RelationshipAttribute via;
    final InstanceState parent;
    private volatile boolean loaded;
    private volatile LoadMode mode;

    ProxyHandler(InstanceState state, RelationshipAttribute via, InstanceState parent, LoadMode mode) {
        this.state = state;
        this.via = via;
        this.parent = parent;
        this.mode = mode;
    }

    boolean isLoaded() {
        return loaded || !state.isExpired();
    }

    void markLoaded() {
        loaded = true;
    }

    /** A lazy reference to the same row allows loading it even if a raise one came first. */
    void allow(LoadMode m) {
        if (m == LoadMode.LAZY) {
            mode = LoadMode.LAZY;
        }
    }

    LoadMode mode() {
        return mode;
    }

    /** Loads the proxy's row into it unless loaded (the generated subclass calls this). */
    public void beforeCall(@Nullable String method) {
        if (loaded) {
            return;
        }
        if (!state.isExpired()) { // a query read its row meanwhile
            loaded = true;
            return;
        }
        LazyLoader.loadProxy(this, method);
    }
}
