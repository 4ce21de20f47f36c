package dev.ormkit.orm;

import dev.ormkit.event.FlushContext;
import dev.ormkit.event.ListenerAttributes;
import org.jspecify.annotations.Nullable;

/** The {@link FlushContext} of one flush: made at its start, completed by the unit of work. */
final class FlushRun extends ListenerAttributes implements FlushContext {
    private final String engineName;
    private long inserted;
    private long updated;
    private long deleted;
    private long durationNanos;
    private @Nullable Throwable error;

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
    public String toString() {
        return "Flush(" + engineName + ": " + inserted + " inserted, " + updated + " updated, " + deleted + " deleted"
                + (error != null ? ", failed: " + error : "") + ")";
    }
}
