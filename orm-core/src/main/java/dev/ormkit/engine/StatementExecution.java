package dev.ormkit.engine;

import java.util.List;
import dev.ormkit.event.ListenerAttributes;
import dev.ormkit.event.Origin;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/** The {@link StatementEvent} of one execution: built at the start, completed by the runner. */
final class StatementExecution extends ListenerAttributes implements StatementEvent {
    private final String engineName;
    private final String dialect;
    private final String sql;
    private final List<@Nullable Object> parameters;
    private final StatementKind kind;
    private final Origin origin;
    private final @Nullable Class<?> entity;
    private final int batchSize;
    private long durationNanos;
    private long rowCount = -1;
    private @Nullable DatabaseException error;

    StatementExecution(String engineName, String dialect, String sql, List<@Nullable Object> parameters,
                       StatementKind kind, Origin origin, @Nullable Class<?> entity, int batchSize) {
        this.engineName = engineName;
        this.dialect = dialect;
        this.sql = sql;
        this.parameters = parameters;
        this.kind = kind;
        this.origin = origin;
        this.entity = entity;
        this.batchSize = batchSize;
    }

    void succeeded(long nanos, long rows) {
        this.durationNanos = Math.max(nanos, 1);
        this.rowCount = rows;
    }

    void failed(long nanos, DatabaseException e) {
        this.durationNanos = Math.max(nanos, 1);
        this.error = e;
    }

    @Override
    public String engineName() {
        return engineName;
    }

    @Override
    public String dialect() {
        return dialect;
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public List<@Nullable Object> parameters() {
        return parameters;
    }

    @Override
    public StatementKind kind() {
        return kind;
    }

    @Override
    public Origin origin() {
        return origin;
    }

    @Override
    public @Nullable Class<?> entity() {
        return entity;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public long durationNanos() {
        return durationNanos;
    }

    @Override
    public long rowCount() {
        return rowCount;
    }

    @Override
    public @Nullable DatabaseException error() {
        return error;
    }

    @Override
    public String toString() {
        return "StatementEvent(" + engineName + ", " + origin + (entity != null ? " " + entity.getSimpleName() : "")
                + ", " + kind + ": " + sql + ")";
    }
}
