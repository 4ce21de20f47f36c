package dev.ormkit.spring.observation;

import dev.ormkit.event.Origin;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.sql.StatementKind;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an {@code orm.queries} Observation knows of its statement: the engine's view of the
 * execution ({@link #getStatement()}: SQL, kind, origin, entity, database, batch size, and once
 * it ended its row count). Conventions read it to name the observation and choose its keys.
 */
public class OrmQueryContext extends Observation.Context {
    private final StatementEvent statement;

    /** The context of one statement execution. */
    public OrmQueryContext(StatementEvent statement) {
        this.statement = statement;
    }

    /** The execution as the engine reports it; its outcome fields are filled in before the observation stops. */
    public StatementEvent getStatement() {
        return statement;
    }

    /** The SQL as sent to the driver, with placeholders, never the bound values. */
    public String getSql() {
        return statement.sql();
    }

    /** Select, insert, update, delete or other. */
    public StatementKind getKind() {
        return statement.kind();
    }

    /** Why the statement ran: a query, a lazy load, a flush... */
    public Origin getOrigin() {
        return statement.origin();
    }

    /** The mapped class the ORM sent the statement for, or null for Core statements. */
    public @Nullable Class<?> getEntity() {
        return statement.entity();
    }

    /** The name of the engine that ran it. */
    public String getEngineName() {
        return statement.engineName();
    }

    /** The database's name as ormkit's dialect spells it ({@code postgresql}, {@code mysql}, {@code sqlite}, {@code h2}). */
    public String getDatabase() {
        return statement.dialect();
    }

    /** How many parameter sets the statement carried (1 unless it was an executemany or a multi-row INSERT). */
    public int getBatchSize() {
        return statement.batchSize();
    }

    /** Rows returned or affected; -1 while the statement runs, when it failed, or when the driver did not say. */
    public long getRowCount() {
        return statement.rowCount();
    }
}
