package dev.ormkit.schema;

import java.util.Objects;

/** {@code ALTER TABLE t DROP COLUMN c}; {@code table} is the table as it is before the drop. */
public final class DropColumn extends DdlElement {
    private final Table table;
    private final String column;

    /** Drops {@code column} of {@code table}, the table as it is before the drop. */
    public DropColumn(Table table, String column) {
        this.table = Objects.requireNonNull(table, "table");
        this.column = Objects.requireNonNull(column, "column");
        table.c(column);
    }

    /** The table that still has the column. */
    public Table table() {
        return table;
    }

    /** The name of the dropped column. */
    public String columnName() {
        return column;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).dropColumn(table.name(), column);
    }

    @Override
    public String toString() {
        return "DropColumn(" + table.name() + "." + column + ")";
    }
}
