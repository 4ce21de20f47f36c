package dev.ormkit.event;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The slot in which listeners keep their own data between the start and the end of one event
 * (a timer sample, a tracing span): the implementation behind {@link StatementEvent#setAttribute}
 * and {@link FlushContext#setAttribute}. The map is made only when a listener stores something.
 */
public abstract class ListenerAttributes {
    private @Nullable Map<Object, Object> attributes;

    protected ListenerAttributes() {
    }

    /** Stores {@code value} under {@code key}; null removes it. */
    public void setAttribute(Object key, @Nullable Object value) {
        Map<Object, Object> a = attributes;
        if (a == null) {
            if (value == null) {
                return;
            }
            a = new HashMap<>(4);
            attributes = a;
        }
        if (value == null) {
            a.remove(key);
        } else {
            a.put(key, value);
        }
    }

    /** What was stored under {@code key}, or null. */
    public @Nullable Object getAttribute(Object key) {
        Map<Object, Object> a = attributes;
        return a == null ? null : a.get(key);
    }
}
