package dev.ormkit.schema;

import dev.ormkit.sql.SqlType;
import java.sql.SQLException;
import java.util.List;
import java.sql.Connection;
import dev.ormkit.exc.OperationalException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the live schema of a database: tables, columns, keys, indexes and constraints,
 * SQLAlchemy's {@code inspect(engine)}. Migrations compare a {@link MetaData} with what this
 * reports. Names are in ormkit's form (as they would be written in {@link MetaData}), types
 * are mapped back to generic {@link SqlType}s as far as the database allows.
 *
 * <pre>{@code
 * Inspector inspector = Inspector.of(engine);
 * for (String t : inspector.tableNames()) {
 *     inspector.columns(t).forEach(c -> System.out.println(t + "." + c.name() + " " + c.type()));
 * }
 * }</pre>
 *
 * <p>An inspector over an engine takes a pooled connection for each call and so sees only
 * committed DDL (on databases with transactional DDL); one over a {@link SchemaConnection} sees what
 * that connection has done. How each database is read is its dialect's {@link Reflector}.
 */
public final class Inspector {
    private final @Nullable SchemaConnectionSource engine;
    private final @Nullable SchemaConnection connection;

    private Inspector(@Nullable SchemaConnectionSource engine, @Nullable SchemaConnection connection) {
        this.engine = engine;
        this.connection = connection;
    }

    /** An inspector that borrows a connection from {@code engine} for each call. */
    public static Inspector of(SchemaConnectionSource engine) {
        return new Inspector(engine, null);
    }

    /** An inspector that reads through {@code connection} (left open). */
    public static Inspector of(SchemaConnection connection) {
        return new Inspector(null, connection);
    }

    /** The tables of the current schema. */
    public List<String> tableNames() {
        return read("list tables", (r, jdbc, d) -> r.tableNames(jdbc, d));
    }

    /** Whether {@code table} (as ormkit names it) exists. */
    public boolean hasTable(String table) {
        return tableNames().contains(table);
    }

    /** The columns of {@code table}, in table order; empty when there is no such table. */
    public List<ReflectedColumn> columns(String table) {
        return read("read columns of " + table, (r, jdbc, d) -> r.columns(jdbc, d, table));
    }

    /** The primary key of {@code table}. */
    public ReflectedPrimaryKey primaryKey(String table) {
        return read("read primary key of " + table, (r, jdbc, d) -> r.primaryKey(jdbc, d, table));
    }

    /** The foreign keys of {@code table}. */
    public List<ReflectedForeignKey> foreignKeys(String table) {
        return read("read foreign keys of " + table, (r, jdbc, d) -> r.foreignKeys(jdbc, d, table));
    }

    /**
     * The indexes of {@code table}, without those the database made for the primary key and
     * unique constraints. On MySQL and MariaDB, where a UNIQUE constraint is itself a unique
     * index, it is listed here as well as in {@link #uniqueConstraints}.
     */
    public List<ReflectedIndex> indexes(String table) {
        return read("read indexes of " + table, (r, jdbc, d) -> r.indexes(jdbc, d, table));
    }

    /** The UNIQUE constraints of {@code table}. */
    public List<ReflectedUniqueConstraint> uniqueConstraints(String table) {
        return read("read unique constraints of " + table, (r, jdbc, d) -> r.uniqueConstraints(jdbc, d, table));
    }

    /** The CHECK constraints of {@code table}, conditions in the database's own spelling. */
    public List<ReflectedCheckConstraint> checkConstraints(String table) {
        return read("read check constraints of " + table, (r, jdbc, d) -> r.checkConstraints(jdbc, d, table));
    }

    /** One catalog read through the dialect's reflector. */
    private interface Read<R> {
        R apply(Reflector reflector, Connection jdbc, DdlDialect dialect) throws SQLException;
    }

    private <R> R read(String what, Read<R> read) {
        if (connection != null) {
            return run(what, read, connection);
        }
        try (SchemaConnection conn = engine.connect()) {
            return run(what, read, conn);
        }
    }

    private static <R> R run(String what, Read<R> read, SchemaConnection conn) {
        DdlDialect dialect = conn.dialect();
        try {
            return read.apply(dialect.reflector(), conn.jdbcConnection(), dialect);
        } catch (SQLException e) {
            throw new OperationalException("(" + what + ")", List.of(), e);
        }
    }
}
