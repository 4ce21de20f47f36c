package dev.ormkit.orm;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The state of every object a session has ever managed, found by object identity and held
 * weakly. Python keeps an object's state on the object itself; a plain Java class has no
 * room for it, so the state lives here instead. That is how an object from a closed session
 * is known to be detached (not transient), and how adding an object that belongs to another
 * open session is refused. Entries go when their object is garbage collected.
 */
final class StateRegistry {
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final ConcurrentHashMap<Key, InstanceState> STATES = new ConcurrentHashMap<>();

    private StateRegistry() {
    }

    static @Nullable InstanceState get(Object entity) {
        return STATES.get(new Key(entity, null));
    }

    static void put(Object entity, InstanceState state) {
        purge();
        STATES.put(new Key(entity, QUEUE), state);
    }

    static void remove(Object entity) {
        STATES.remove(new Key(entity, null));
    }

    private static void purge() {
        java.lang.ref.Reference<?> r;
        while ((r = QUEUE.poll()) != null) {
            STATES.remove(r);
        }
    }

    /** A weak key compared by the identity of its referent. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, @Nullable ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public boolean equals(@Nullable Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k) || k.hash != hash) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == k.get();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
