package dev.ormkit.engine;

/**
 * A snapshot of one engine's statement cache ({@link Engine#statementCacheStatistics()}).
 *
 * @param hits statements whose compiled form was found in the cache
 * @param misses statements compiled because no statement of their shape was cached
 * @param size compiled statements kept now
 * @param capacity the most kept ({@link EngineOptions#statementCacheSize(int)})
 */
public record StatementCacheStatistics(long hits, long misses, int size, int capacity) {

    /** The share of lookups the cache answered, 0 to 1 (0 before any lookup). */
    public double hitRatio() {
        long all = hits + misses;
        return all == 0 ? 0 : (double) hits / all;
    }
}
