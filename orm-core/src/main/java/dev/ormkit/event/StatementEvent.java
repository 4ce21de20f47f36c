package dev.ormkit.event;

import java.util.List;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * One statement execution, as listeners see it: the same object is handed to
 * {@link StatementListener#onStatementStart}, then to {@code onStatementEnd} or
 * {@code onStatementError}, so a listener can tie the end to its start (a timer sample, a
 * tracing span) through {@link #setAttribute}. jOOQ's {@code ExecuteContext} plays the same
 * part. The engine creates it only when a statement listener is registered.
 *
 * <p>What the statement is ({@link #sql()}, {@link #kind()}, ...) is fixed at the start; how it
 * went ({@link #durationNanos()}, {@link #rowCount()}, {@link #error()}) is filled in before
 * the end or error callback. Belongs to the executing thread; not thread-safe.
 */
public interface StatementEvent {

    /** The name of the engine that ran the statement ({@code EngineOptions.name}). */
    String engineName();

    /** The database's dialect name ({@code postgresql}, {@code mysql}, {@code mariadb}, {@code sqlite}, {@code h2}). */
    String dialect();

    /** The SQL as sent. */
    String sql();

    /** The bound values; for an executemany, those of the first parameter set. */
    List<@Nullable Object> parameters();

    /** SELECT, INSERT, UPDATE, DELETE or OTHER. */
    StatementKind kind();

    /** Why the statement runs: a query, a lazy load, a flush, plain Core use... */
    Origin origin();

    /** For a statement the ORM sent for one mapped class (loading it, flushing it): that class; else null. */
    @Nullable Class<?> entity();

    /** How many parameter sets were sent in the one call (1 for a plain execute, more for an executemany). */
    int batchSize();

    /** Time spent in the driver, in nanoseconds: 0 until the statement ended. */
    long durationNanos();

    /** Rows returned or affected: -1 until the statement ended, and when it failed. */
    long rowCount();

    /** The error the database raised, once {@code onStatementError} is called; else null. */
    @Nullable DatabaseException error();

    /** Stores a value of the listener's own under {@code key} (a start timestamp, a span), for the later callbacks. */
    void setAttribute(Object key, @Nullable Object value);

    /** The value stored under {@code key}, or null. */
    @Nullable Object getAttribute(Object key);

    /** The value stored under {@code key}, cast to {@code type}, or null. */
    default <T> @Nullable T getAttribute(Object key, Class<T> type) {
        return type.cast(getAttribute(key));
    }
}
