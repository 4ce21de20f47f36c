package dev.ormkit.event;

import org.jspecify.annotations.Nullable;

/**
 * One session flush, as {@link OrmListener}s see it: the same object goes to
 * {@link OrmListener#onFlushStart} and {@link OrmListener#onFlushEnd}, so a listener can keep
 * a timer sample or a span in it ({@link #setAttribute}). Row counts and duration are filled
 * in before the end callback. Belongs to the flushing thread; not thread-safe.
 */
public interface FlushContext {

    /** The name of the engine the session writes through. */
    String engineName();

    /** Rows inserted (objects, and association rows of many-to-many collections); 0 until the end. */
    long insertedRows();

    /** Rows updated; 0 until the end. */
    long updatedRows();

    /** Rows deleted (objects, and association rows); 0 until the end. */
    long deletedRows();

    /** How long the flush took, in nanoseconds; 0 until the end. */
    long durationNanos();

    /** What made the flush fail (its statements are rolled back), or null. */
    @Nullable Throwable error();

    /** True once the flush ended without error. */
    default boolean succeeded() {
        return durationNanos() > 0 && error() == null;
    }

    /** Stores a value of the listener's own under {@code key}, for the end callback. */
    void setAttribute(Object key, @Nullable Object value);

    /** The value stored under {@code key}, or null. */
    @Nullable Object getAttribute(Object key);
}
