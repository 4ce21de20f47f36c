package dev.ormkit.orm;

import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The states of a session's attached objects, found by object, holding each object strongly
 * while it is attached. A plain object is found through a map from object to state by identity
 * hash, whose keys are what holds it. An object that carries its own state ({@link Base},
 * {@link StateCarrier}) takes only a slot in an array of states that the state remembers, as
 * {@link PendingObjects} does: no hashing and no map entry per object; such a state refers to
 * its object strongly, so the slot holds the object too. {@link #values()} goes over both.
 */
final class AttachedStates {
    private static final InstanceState[] NONE = new InstanceState[0];

    /**
     * Never changed: the map of a session with no plain object yet, so that a session that never
     * holds one (or holds none any more) allocates no table. Only read while it stands in.
     */
    private static final IdentityHashMap<Object, InstanceState> NO_PLAIN = new IdentityHashMap<>(0);

    private IdentityHashMap<Object, InstanceState> plain = NO_PLAIN;
    /** The states of objects that carry them ({@link Base}, {@link StateCarrier}) in slots {@code 0..carriedCount-1}; a removal moves the last one into the gap. */
    private @Nullable InstanceState[] carried = NONE;
    private int carriedCount;
    /** Objects a load announced ({@link #expect}): the structure the first of them goes into is sized for them all. */
    private int expected;
    /** Changes to the slots, for iterators to fail fast as the map's do. */
    private int changes;
    private final Collection<InstanceState> values = new Values();

    /** The state of {@code entity} when it is attached here, else null. */
    @Nullable InstanceState get(Object entity) {
        if (StateRegistry.carriesState(entity)) {
            InstanceState s = StateRegistry.ownStateOf(entity);
            return s != null && holds(s) ? s : null;
        }
        return plain.get(entity);
    }

    /**
     * Attaches {@code entity} with {@code state}. The field of an object that carries its state must already
     * refer to {@code state} ({@link StateRegistry#put}); a plain object's earlier state here is replaced.
     */
    void put(Object entity, InstanceState state) {
        if (StateRegistry.carriesState(entity)) {
            if (holds(state)) {
                return;
            }
            int needed = carriedCount + Math.max(1, expected);
            expected = 0;
            if (needed > carried.length) {
                carried = Arrays.copyOf(carried, Math.max(needed, Math.max(16, carried.length * 2)));
            }
            state.attachedSlot(carriedCount);
            carried[carriedCount++] = state;
            changes++;
            return;
        }
        if (expected > 0) {
            int count = expected;
            expected = 0;
            if (count > plain.size() && count > 64) {
                // sized once rather than doubled again and again on the way (rehashing every entry each time)
                IdentityHashMap<Object, InstanceState> sized = new IdentityHashMap<>(plain.size() + count);
                sized.putAll(plain);
                plain = sized;
            }
        }
        if (plain == NO_PLAIN) {
            plain = new IdentityHashMap<>();
        }
        plain.put(entity, state);
    }

    /** Detaches the object of {@code state}; false when it was not attached here. */
    boolean remove(InstanceState state) {
        Object entity = state.object();
        if (StateRegistry.carriesState(entity)) {
            if (!holds(state)) {
                return false;
            }
            int slot = state.attachedSlot();
            InstanceState last = carried[--carriedCount];
            carried[slot] = last;
            last.attachedSlot(slot);
            carried[carriedCount] = null;
            state.attachedSlot(-1);
            changes++;
            return true;
        }
        return entity != null && plain.remove(entity) != null;
    }

    int size() {
        return plain.size() + carriedCount;
    }

    /**
     * Up to {@code count} objects are about to be attached: the first of them sizes the map (plain
     * objects) or the slots (objects that carry their state) for all of them.
     */
    void expect(int count) {
        expected = count;
    }

    /** Forgets every object: the structures are dropped, not cleared (clearing walks them). */
    void clear() {
        plain = NO_PLAIN;
        carried = NONE;
        carriedCount = 0;
        expected = 0;
        changes++;
    }

    /** Every attached object's state, as a view: not to be changed while iterated. */
    Collection<InstanceState> values() {
        return values;
    }

    /** A slot's validity is checked against the slots themselves: a state keeps a stale slot of a closed session. */
    private boolean holds(InstanceState s) {
        int slot = s.attachedSlot();
        return slot >= 0 && slot < carriedCount && carried[slot] == s;
    }

    private final class Values extends AbstractCollection<InstanceState> {
        @Override
        public int size() {
            return AttachedStates.this.size();
        }

        @Override
        public Iterator<InstanceState> iterator() {
            Iterator<InstanceState> plainStates = plain.values().iterator();
            return new Iterator<>() {
                private final int expectedChanges = changes;
                private int next;

                @Override
                public boolean hasNext() {
                    return plainStates.hasNext() || next < carriedCount;
                }

                @Override
                public InstanceState next() {
                    if (plainStates.hasNext()) {
                        return plainStates.next();
                    }
                    if (changes != expectedChanges) {
                        throw new ConcurrentModificationException();
                    }
                    if (next >= carriedCount) {
                        throw new NoSuchElementException();
                    }
                    InstanceState s = carried[next++];
                    assert s != null;
                    return s;
                }
            };
        }
    }
}
