package dev.ormkit.bench.support;

/**
 * The primary keys of a table, handed out in turn and round again, so that a benchmark reading
 * one row per operation walks the whole table and no cache but the database's own can answer.
 */
public final class KeyCycle {
    private final long[] keys;
    private int next;

    /** Cycles through {@code keys}, which must not be empty. */
    public KeyCycle(long[] keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("no keys to cycle through");
        }
        this.keys = keys.clone();
    }

    /** The next key, after the last one the first again. */
    public long next() {
        long key = keys[next];
        next = next + 1 == keys.length ? 0 : next + 1;
        return key;
    }
}
