package dev.ormkit.schema;

import java.util.Objects;

/**
 * {@code ALTER TABLE t ADD COLUMN ...}. {@code table} is the table as it is once the column
 * is added; the column's unique, foreign key and index are separate statements.
 */
public final class AddColumn extends DdlElement {
    private final Table table;
    private final String column;

    /** Adds {@code column}, which {@code table} (the table as it is after the change) must have. */
    public AddColumn(Table table, String column) {
        this.table = Objects.requireNonNull(table, "table");
        this.column = Objects.requireNonNull(column, "column");
        table.c(column); // fails early, naming the table's columns
    }

    /** The table with the column added. */
    public Table table() {
        return table;
    }

    /** The added column. */
    public Column<?> column() {
        return table.c(column);
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).addColumn(table, column);
    }

    @Override
    public String toString() {
        return "AddColumn(" + table.name() + "." + column + ")";
    }
}
