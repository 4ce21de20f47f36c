package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * One engine's compiled statements, looked up by shape ({@link CacheKey}): statements built
 * apart that differ only in their bound values compile once; later ones only hand their own
 * parameters to the shared SQL. A statement whose shape cannot be told (a node that does not
 * write a key) is cached by instance instead.
 *
 * <p>Bounded: past its capacity the least recently used quarter is dropped, so eviction runs
 * once per many new shapes and never on a hit. Thread-safe; a hit takes no lock.
 */
final class StatementCache implements CompiledStatements {
    /** Recency is recorded at most this often per entry, so hot entries are not written on every hit. */
    private static final long TOUCH_INTERVAL_NANOS = 1_000_000;

    private final int capacity;
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder compilations = new LongAdder();
    private final LongAdder hits = new LongAdder();

    /** A cache keeping at most {@code capacity} compiled statements. */
    StatementCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A statement cache needs a capacity of at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public Compiled compile(Executable statement, SqlDialect dialect) {
        CacheKey.Builder builder = CacheKey.of(statement);
        if (!builder.isCacheable()) {
            return byInstance(statement, dialect);
        }
        CacheKey key = builder.build();
        Entry hit = entries.get(key);
        if (hit != null && hit.parameterCount == builder.parameterCount()) {
            hits.increment();
            hit.touch();
            return hit.bindTo(builder);
        }
        Entry byInstance = entries.get(new InstanceKey(statement));
        if (byInstance != null) {
            hits.increment();
            byInstance.touch();
            return byInstance.compiled;
        }
        Compiled compiled = compileNow(statement, dialect);
        int[] sources = compiled.shapeOnly() ? sourcesOf(compiled, builder) : null;
        if (sources != null) {
            put(key.compact(), new Entry(compiled, sources, builder.parameterCount()));
        } else {
            put(new InstanceKey(statement), new Entry(compiled, null, 0));
        }
        return compiled;
    }

    @Override
    public long compilations() {
        return compilations.sum();
    }

    @Override
    public long hits() {
        return hits.sum();
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    private Compiled byInstance(Executable statement, SqlDialect dialect) {
        InstanceKey key = new InstanceKey(statement);
        Entry e = entries.get(key);
        if (e != null) {
            hits.increment();
            e.touch();
            return e.compiled;
        }
        Compiled compiled = compileNow(statement, dialect);
        put(key, new Entry(compiled, null, 0));
        return compiled;
    }

    private Compiled compileNow(Executable statement, SqlDialect dialect) {
        Compiled compiled = SqlCompiler.compile(statement, dialect);
        compilations.increment();
        return compiled;
    }

    /**
     * For each parameter of {@code compiled}, in placeholder order, its index among the
     * parameters the key met in traversal order; null when that cannot be told, and the
     * compilation then serves this statement only: a parameter the compiler made itself, or
     * one parameter object met twice in the tree (another statement of the same shape may hold
     * two different ones there).
     */
    private static int @Nullable [] sourcesOf(Compiled compiled, CacheKey.Builder builder) {
        int n = builder.parameterCount();
        Map<BindParam<?>, Integer> index = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (index.put(builder.parameter(i), i) != null) {
                return null;
            }
        }
        List<BindParam<?>> params = compiled.parameters();
        int[] sources = new int[params.size()];
        for (int k = 0; k < sources.length; k++) {
            Integer i = index.get(params.get(k));
            if (i == null) {
                return null;
            }
            sources[k] = i;
        }
        return sources;
    }

    private void put(Object key, Entry entry) {
        entries.put(key, entry);
        if (entries.size() > capacity) {
            evict();
        }
    }

    private synchronized void evict() {
        if (entries.size() <= capacity) {
            return; // another thread trimmed meanwhile
        }
        List<Map.Entry<Object, Entry>> all = new ArrayList<>(entries.entrySet());
        all.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
        int keep = capacity - capacity / 4;
        for (int i = 0; i < all.size() - keep; i++) {
            entries.remove(all.get(i).getKey(), all.get(i).getValue());
        }
    }

    /** A compiled statement and, for a shape, where each of its parameters comes from. */
    private static final class Entry {
        final Compiled compiled;
        final int @Nullable [] sources;
        final int parameterCount;
        volatile long lastUsed = System.nanoTime();
        /** The last statement-specific view handed out; a statement run again gets it back. */
        volatile @Nullable Compiled lastBound;

        Entry(Compiled compiled, int @Nullable [] sources, int parameterCount) {
            this.compiled = compiled;
            this.sources = sources;
            this.parameterCount = parameterCount;
        }

        void touch() {
            long now = System.nanoTime();
            if (now - lastUsed > TOUCH_INTERVAL_NANOS) {
                lastUsed = now;
            }
        }

        /**
         * The compiled SQL with the parameters of the statement {@code key} was written from.
         * The statement compiled first, or the one bound last, gets the same object back, so
         * running one statement object again allocates nothing here.
         */
        Compiled bindTo(CacheKey.Builder key) {
            int[] from = sources;
            if (from == null || holds(compiled, from, key)) {
                return compiled;
            }
            Compiled last = lastBound;
            if (last != null && holds(last, from, key)) {
                return last;
            }
            BindParam<?>[] params = new BindParam<?>[from.length];
            for (int k = 0; k < from.length; k++) {
                params[k] = key.parameter(from[k]);
            }
            Compiled bound = compiled.withParameters(params);
            lastBound = bound;
            return bound;
        }

        private static boolean holds(Compiled c, int[] from, CacheKey.Builder key) {
            List<BindParam<?>> params = c.parameters();
            for (int k = 0; k < from.length; k++) {
                if (params.get(k) != key.parameter(from[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A statement compared by identity, for statements cached by instance. */
    private static final class InstanceKey {
        private final Executable statement;

        InstanceKey(Executable statement) {
            this.statement = statement;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof InstanceKey other && other.statement == statement;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(statement);
        }
    }
}
