package dev.ormkit.orm;

import org.jspecify.annotations.Nullable;

/**
 * The states of one root class's objects by single-column key value: an open-addressing table
 * (linear probing, keys and states in two parallel arrays) instead of a {@code HashMap}, whose
 * 32-byte entry object per key was a tenth of what loading a row allocated. Keys are compared
 * with {@code equals}, as a map's are; no key or state is null.
 */
final class KeyTable {
    private static final int MIN_CAPACITY = 8;
    private static final int MAX_CAPACITY = 1 << 30;

    private @Nullable Object[] keys;
    private @Nullable InstanceState[] states;
    private int size;
    /**
     * The size at which the arrays double: half their length, which keeps a look-up of a key not
     * here (each row of a load asks first) to a few probes whatever the keys' hash codes.
     */
    private int threshold;

    KeyTable() {
        this(0);
    }

    /** A table that holds {@code expected} entries without growing. */
    KeyTable(int expected) {
        int capacity = MIN_CAPACITY;
        while (capacity >>> 1 < expected && capacity < MAX_CAPACITY) {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @Nullable InstanceState get(Object key) {
        int i = find(key);
        return keys[i] == null ? null : states[i];
    }

    /** Puts {@code state} under {@code key}, replacing the state there. */
    void put(Object key, InstanceState state) {
        insert(key, state, true);
    }

    /** Puts {@code state} under {@code key} unless a state is there already. */
    void putIfAbsent(Object key, InstanceState state) {
        insert(key, state, false);
    }

    /** Takes out the entry of {@code key} when its state is {@code state}. */
    void remove(Object key, InstanceState state) {
        int i = find(key);
        if (keys[i] != null && states[i] == state) {
            delete(i);
        }
    }

    /** Room for {@code more} entries beyond those here, grown once now rather than step by step. */
    void ensureRoomFor(int more) {
        int needed = size + more;
        if (needed <= threshold) {
            return;
        }
        int capacity = keys.length;
        while (capacity >>> 1 < needed && capacity < MAX_CAPACITY) {
            capacity <<= 1;
        }
        rehash(capacity);
    }

    private void insert(Object key, InstanceState state, boolean replace) {
        int i = find(key);
        if (keys[i] != null) {
            if (replace) {
                states[i] = state;
            }
            return;
        }
        keys[i] = key;
        states[i] = state;
        if (++size > threshold && keys.length < MAX_CAPACITY) {
            rehash(keys.length << 1);
        }
    }

    /** The slot holding {@code key}, or the empty slot where its probe ends (where it would go). */
    private int find(Object key) {
        Object[] k = keys;
        int mask = k.length - 1;
        int i = slot(key, mask);
        while (true) {
            Object there = k[i];
            if (there == null || there == key || there.equals(key)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Empties slot {@code i} and moves back the entries after it that probed past it, so that
     * every entry stays reachable from its home slot without gaps (no tombstones).
     */
    private void delete(int i) {
        Object[] k = keys;
        InstanceState[] s = states;
        int mask = k.length - 1;
        int gap = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            Object key = k[j];
            if (key == null) {
                break;
            }
            int home = slot(key, mask);
            // the entry at j may fill the gap only if its home is not cyclically within (gap, j]
            boolean homeAfterGap = gap <= j ? (gap < home && home <= j) : (gap < home || home <= j);
            if (!homeAfterGap) {
                k[gap] = key;
                s[gap] = s[j];
                gap = j;
            }
        }
        k[gap] = null;
        s[gap] = null;
        size--;
    }

    private void rehash(int capacity) {
        Object[] oldKeys = keys;
        InstanceState[] oldStates = states;
        allocate(capacity);
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            Object key = oldKeys[i];
            if (key != null) {
                int j = slot(key, mask);
                while (keys[j] != null) {
                    j = (j + 1) & mask;
                }
                keys[j] = key;
                states[j] = oldStates[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new Object[capacity];
        states = new InstanceState[capacity];
        threshold = capacity >>> 1;
    }

    private static int slot(Object key, int mask) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
