package dev.ormkit.sql;

/**
 * One engine's compiled statements: the engine's one way into this package's statement cache,
 * whose keys and entries stay package-private. Statements built apart that differ only in
 * their bound values compile once; later ones only bind their own values to the shared SQL.
 *
 * <p>Not for applications: they run statements through a connection, or see a statement's SQL
 * with {@code Dialect.compile}. Thread-safe.
 */
public interface CompiledStatements {

    /**
     * A cache keeping at most {@code capacity} compiled statements; past it, the least recently
     * used quarter is dropped.
     *
     * @throws IllegalArgumentException if {@code capacity} is below 1
     */
    static CompiledStatements cache(int capacity) {
        return new StatementCache(capacity);
    }

    /**
     * The compiled form of {@code statement} for {@code dialect}, bound to the statement's own
     * parameters; compiled only when no statement of the same shape was compiled before.
     */
    Compiled compile(Executable statement, SqlDialect dialect);

    /** How many statements were compiled (cache misses) since this cache was made. */
    long compilations();

    /** How many statements were found compiled (cache hits) since this cache was made. */
    long hits();

    /** How many compiled statements are kept now. */
    int size();

    /** The most compiled statements kept (eviction trims below it). */
    int capacity();
}
