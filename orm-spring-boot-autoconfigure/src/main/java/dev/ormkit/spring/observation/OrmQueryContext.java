package dev.ormkit.spring.observation;

import dev.ormkit.sql.StatementKind;
import io.micrometer.observation.Observation;

/**
 * What an {@code orm.queries} Observation knows of its statement: the SQL as sent, its kind,
 * the database, how many parameter sets it carried and, once it ended, how many rows it
 * returned or changed. Conventions read it to name the observation and choose its keys.
 */
public class OrmQueryContext extends Observation.Context {
    private final String sql;
    private final StatementKind kind;
    private final String database;
    private final int batchSize;
    private long rowCount = -1;

    /**
     * @param sql the SQL as sent to the driver
     * @param kind select, insert, update, delete or other
     * @param database the dialect's name ({@code postgresql}, {@code h2}, ...)
     * @param batchSize parameter sets sent in one call (1 for a plain execute)
     */
    public OrmQueryContext(String sql, StatementKind kind, String database, int batchSize) {
        this.sql = sql;
        this.kind = kind;
        this.database = database;
        this.batchSize = batchSize;
    }

    /** The SQL as sent to the driver, with placeholders, never the bound values. */
    public String getSql() {
        return sql;
    }

    /** Select, insert, update, delete or other. */
    public StatementKind getKind() {
        return kind;
    }

    /** The database's name as ormkit's dialect spells it ({@code postgresql}, {@code mysql}, {@code sqlite}, {@code h2}). */
    public String getDatabase() {
        return database;
    }

    /** How many parameter sets the statement carried (1 unless it was an executemany or a multi-row INSERT). */
    public int getBatchSize() {
        return batchSize;
    }

    /** Rows returned or affected; -1 while the statement runs, when it failed, or when the driver did not say. */
    public long getRowCount() {
        return rowCount;
    }

    /** Sets the row count once the statement ended. */
    public void setRowCount(long rowCount) {
        this.rowCount = rowCount;
    }
}
