package dev.ormkit.orm;

import java.util.HashMap;
import java.util.Map;
import dev.ormkit.event.FlushContext;
import org.jspecify.annotations.Nullable;

/** The {@link FlushContext} of one flush: made at its start, completed by the unit of work. */
final class FlushRun implements FlushContext {
    private final String engineName;
    private long inserted;
    private long updated;
    private long deleted;
    private long durationNanos;
    private @Nullable Throwable error;
    private @Nullable Map<Object, Object> attributes;

    FlushRun(String engineName) {
        this.engineName = engineName;
    }

    void ended(long insertedRows, long updatedRows, long deletedRows, long nanos, @Nullable Throwable failure) {
        this.inserted = insertedRows;
        this.updated = updatedRows;
        this.deleted = deletedRows;
        this.durationNanos = Math.max(nanos, 1);
        this.error = failure;
    }

    @Override
    public String engineName() {
        return engineName;
    }

    @Override
    public long insertedRows() {
        return inserted;
    }

    @Override
    public long updatedRows() {
        return updated;
    }

    @Override
    public long deletedRows() {
        return deleted;
    }

    @Override
    public long durationNanos() {
        return durationNanos;
    }

    @Override
    public @Nullable Throwable error() {
        return error;
    }

    @Override
    public void setAttribute(Object key, @Nullable Object value) {
        Map<Object, Object> a = attributes;
        if (a == null) {
            a = new HashMap<>(4);
            attributes = a;
        }
        if (value == null) {
            a.remove(key);
        } else {
            a.put(key, value);
        }
    }

    @Override
    public @Nullable Object getAttribute(Object key) {
        Map<Object, Object> a = attributes;
        return a == null ? null : a.get(key);
    }

    @Override
    public String toString() {
        return "Flush(" + engineName + ": " + inserted + " inserted, " + updated + " updated, " + deleted + " deleted"
                + (error != null ? ", failed: " + error : "") + ")";
    }
}
