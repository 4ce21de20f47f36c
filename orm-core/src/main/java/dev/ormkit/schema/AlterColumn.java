package dev.ormkit.schema;

import java.util.Objects;

/**
 * One change to a column: its type, whether it takes NULL, or its server default. The
 * statement differs per database ({@link Dialect#alterColumnClause}): PostgreSQL and H2 alter
 * each property alone, MySQL restates the whole column with {@code MODIFY COLUMN}, which is
 * why this element carries {@code table} as it is after the change.
 */
public final class AlterColumn extends DdlElement {

    /** What about the column changes. */
    public enum Change {
        /** The SQL type. */
        TYPE,
        /** NULL allowed or not. */
        NULLABLE,
        /** The server default, set or dropped. */
        SERVER_DEFAULT
    }

    private final Table table;
    private final String column;
    private final Change change;

    /** Changes {@code change} of {@code column}; {@code table} is the table as it is after the change. */
    public AlterColumn(Table table, String column, Change change) {
        this.table = Objects.requireNonNull(table, "table");
        this.column = Objects.requireNonNull(column, "column");
        this.change = Objects.requireNonNull(change, "change");
        table.c(column);
    }

    /** The table as it is after the change. */
    public Table table() {
        return table;
    }

    /** The column as it is after the change. */
    public Column<?> column() {
        return table.c(column);
    }

    /** What about the column changes. */
    public Change change() {
        return change;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).alterColumn(table, column, change);
    }

    @Override
    public String toString() {
        return "AlterColumn(" + table.name() + "." + column + " " + change + ")";
    }
}
