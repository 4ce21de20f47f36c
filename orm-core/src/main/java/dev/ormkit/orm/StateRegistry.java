package dev.ormkit.orm;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The state of every object a session has ever managed, found by object identity and held
 * weakly. Python keeps an object's state on the object itself; a plain Java class has no
 * room for it, so the state lives here instead. That is how an object from a closed session
 * is known to be detached (not transient), and how adding an object that belongs to another
 * open session is refused. A subclass of {@link Base} has the room, and so has a class the build
 * enhanced ({@link StateCarrier}): its state is kept in its field and never enters the registry.
 *
 * <p>Every loaded row registers its object while lookups are rare (adding, inspecting or
 * deleting one object), so registering is made cheap and lookups pay: the state's own weak
 * handle on its object ({@link Entry}) is appended to a list, one allocation per object and no
 * hashing. A lookup first moves the list into an open-addressed table by identity hash.
 * Sessions of other threads register into other stripes, each with its own lock.
 *
 * <p>An entry holds its state strongly, so a state lives as long as its entry even when its
 * object is gone, and each garbage collection copies the states it finds. Entries therefore
 * leave in bulk right after a collection (seen by a canary, a weak reference to an object
 * nothing else holds): the next registration compacts the list, dropping the entries whose
 * object was collected. An entry that outlives two collections moves into the table, so the
 * list holds young entries only. Most objects of a query die young and so are never hashed.
 * After each collection the table's entries of collected objects give up their states too (a
 * shared empty entry takes the slot, so probing still passes it), and a table left mostly empty
 * shrinks: a dead entry would otherwise keep its state, with its column values, alive until the
 * table next grew, and an application loading many objects would carry several times their live
 * states through every collection.
 */
final class StateRegistry {
    /** Stripes, a power of two: each has its own lock and table. */
    private static final int STRIPES = 16;
    private static final Stripe[] TABLE = new Stripe[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            TABLE[i] = new Stripe();
        }
    }

    private StateRegistry() {
    }

    static @Nullable InstanceState get(Object entity) {
        if (carriesState(entity)) {
            return ownStateOf(entity);
        }
        int hash = Entry.hashOf(entity);
        return stripe(hash).get(entity, hash);
    }

    /** Registers {@code state} as the state of {@code entity} (its object), replacing any earlier one. */
    static void put(Object entity, InstanceState state) {
        if (state.object() != entity) {
            throw new IllegalArgumentException("the state is not the state of " + entity);
        }
        if (entity instanceof Base b) {
            b.ormkitState = state;
        } else if (entity instanceof StateCarrier c) {
            c.$ormkitState(state);
        } else {
            Entry entry = state.entry();
            stripe(entry.hash).put(entry);
        }
    }

    /**
     * The state in the field of an object that carries its own ({@link Base}, {@link StateCarrier});
     * null for a plain object, or when the field holds no state of this very object (a
     * {@code clone()} copies the original's).
     */
    static @Nullable InstanceState ownStateOf(Object entity) {
        Object held = entity instanceof Base b ? b.ormkitState
                : entity instanceof StateCarrier c ? c.$ormkitState() : null;
        return held instanceof InstanceState s && s.object() == entity ? s : null;
    }

    /** True when {@code entity} keeps its state in a field of its own, so the registry holds nothing of it. */
    static boolean carriesState(@Nullable Object entity) {
        return entity instanceof Base || entity instanceof StateCarrier;
    }

    /**
     * How a new state refers to its object: an object that carries its state ({@link Base},
     * {@link StateCarrier}) directly (the object holds the state in its field, nothing global
     * holds either, so the pair is collected together); any other through an {@link Entry}, a
     * weak reference, because the registry holds the state.
     */
    static Object referenceTo(Object entity, InstanceState state) {
        return carriesState(entity) ? entity : new Entry(entity, state);
    }

    /** The object behind {@link #referenceTo}'s reference; null once a plain object was collected. */
    static @Nullable Object referent(Object reference) {
        return reference instanceof Entry e ? e.get() : reference;
    }

    private static Stripe stripe(int hash) {
        return TABLE[hash & (STRIPES - 1)];
    }

    /** A state's weak reference to its object, with the object's identity hash. */
    static final class Entry extends WeakReference<Object> {
        final int hash;
        final InstanceState state;

        Entry(Object entity, InstanceState state) {
            super(entity);
            this.hash = hashOf(entity);
            this.state = state;
        }

        /**
         * The table's placeholder for the entry of a collected object: refers to nothing and holds
         * no state (never read: a lookup compares the referent first).
         */
        private Entry() {
            super(null);
            this.hash = 0;
            this.state = null;
        }

        static int hashOf(Object entity) {
            int h = System.identityHashCode(entity);
            return h ^ (h >>> 16);
        }
    }

    /** How many states the registry holds, their objects alive or not (for tests of what it retains). */
    static int heldStates() {
        int n = 0;
        for (Stripe s : TABLE) {
            n += s.heldStates();
        }
        return n;
    }

    /** One lock's share: young entries in a list, older ones in a linear-probing table. */
    private static final class Stripe {
        private static final int INITIAL_CAPACITY = 256;
        /** Takes the slot of a collected object's entry: the slot stays taken for probing, the state goes. */
        private static final Entry DEAD = new Entry();

        /**
         * Registrations not in the table, in order (a later one for an object replaces an earlier
         * one): the first {@code survivors} outlived a collection, the rest came after it.
         */
        private Entry[] recent = new Entry[INITIAL_CAPACITY];
        private int recentCount;
        private int survivors;
        private Entry[] table = new Entry[INITIAL_CAPACITY];
        /** Slots of the table holding an entry, its object alive or collected. */
        private int used;
        /** Cleared by the first garbage collection since it was made. */
        private WeakReference<Object> canary = new WeakReference<>(new Object());

        synchronized @Nullable InstanceState get(Object entity, int hash) {
            if (recentCount > 0) {
                moveRecent();
            }
            Entry[] t = table;
            int mask = t.length - 1;
            for (int i = index(hash, mask); ; i = (i + 1) & mask) {
                Entry e = t[i];
                if (e == null) {
                    return null;
                }
                if (e.hash == hash && e.refersTo(entity)) {
                    return e.state;
                }
            }
        }

        synchronized void put(Entry entry) {
            if (canary.refersTo(null)) {
                afterCollection();
                canary = new WeakReference<>(new Object());
            }
            if (recentCount == recent.length) {
                recent = Arrays.copyOf(recent, recentCount * 2);
            }
            recent[recentCount++] = entry;
        }

        /**
         * Drops the list's entries of collected objects; those that outlived a collection before
         * this one move into the table (older than the rest of the list, they go in first).
         */
        private void afterCollection() {
            int kept = 0;
            for (int i = 0; i < recentCount; i++) {
                Entry e = recent[i];
                if (e.refersTo(null)) {
                    continue;
                }
                if (i < survivors) {
                    insert(e);
                } else {
                    recent[kept++] = e;
                }
            }
            Arrays.fill(recent, kept, recentCount, null);
            if (recent.length > INITIAL_CAPACITY && kept < recent.length / 4) {
                recent = Arrays.copyOf(recent, Math.max(INITIAL_CAPACITY, kept * 2)); // a burst's long array goes
            }
            recentCount = kept;
            survivors = kept;
            sweepTable();
        }

        /** Lets the table's entries of collected objects go, and shrinks a table left mostly empty. */
        private void sweepTable() {
            Entry[] t = table;
            int live = 0;
            for (int i = 0; i < t.length; i++) {
                Entry e = t[i];
                if (e == null || e == DEAD) {
                    continue;
                }
                if (e.refersTo(null)) {
                    t[i] = DEAD;
                } else {
                    live++;
                }
            }
            if (t.length > INITIAL_CAPACITY && live < t.length / 8) {
                rehash();
            }
        }

        synchronized int heldStates() {
            int n = recentCount;
            for (Entry e : table) {
                if (e != null && e != DEAD) {
                    n++;
                }
            }
            return n;
        }

        /** Moves every live entry of the list into the table, in order. */
        private void moveRecent() {
            for (int i = 0; i < recentCount; i++) {
                Entry e = recent[i];
                if (!e.refersTo(null)) {
                    insert(e);
                }
            }
            if (recentCount > INITIAL_CAPACITY) {
                recent = new Entry[INITIAL_CAPACITY]; // a burst's long array goes
            } else {
                Arrays.fill(recent, 0, recentCount, null);
            }
            recentCount = 0;
            survivors = 0;
        }

        private void insert(Entry entry) {
            Entry[] t = table;
            int mask = t.length - 1;
            int reusable = -1;
            for (int i = index(entry.hash, mask); ; i = (i + 1) & mask) {
                Entry e = t[i];
                if (e == null) {
                    if (reusable < 0) {
                        t[i] = entry;
                        used++;
                    } else {
                        t[reusable] = entry;
                    }
                    break;
                }
                if (e.hash == entry.hash && e.refersTo(entry.get())) {
                    t[i] = entry; // the object has a new state
                    return;
                }
                if (reusable < 0 && e.refersTo(null)) {
                    reusable = i; // its object is gone: the slot can take this entry
                }
            }
            if (used > t.length / 2) {
                rehash();
            }
        }

        /** Drops the entries of collected objects and sizes the table for the rest (live ones fill at most a quarter). */
        private void rehash() {
            Entry[] old = table;
            int live = 0;
            for (Entry e : old) {
                if (e != null && !e.refersTo(null)) {
                    live++;
                }
            }
            int capacity = INITIAL_CAPACITY;
            while (capacity < live * 4) {
                capacity <<= 1;
            }
            Entry[] t = new Entry[capacity];
            int mask = capacity - 1;
            for (Entry e : old) {
                if (e != null && !e.refersTo(null)) {
                    int i = index(e.hash, mask);
                    while (t[i] != null) {
                        i = (i + 1) & mask;
                    }
                    t[i] = e;
                }
            }
            table = t;
            used = live;
        }

        private static int index(int hash, int mask) {
            return (hash >>> 4) & mask; // the low bits chose the stripe
        }
    }
}
