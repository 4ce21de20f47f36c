package dev.ormkit.schema;

import java.util.Objects;

/** {@code DROP TABLE}. */
public final class DropTable extends DdlElement {
    private final Table table;

    /** Drops {@code table}. */
    public DropTable(Table table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The table dropped. */
    public Table table() {
        return table;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).dropTable(table);
    }

    @Override
    public String toString() {
        return "DropTable(" + table.name() + ")";
    }
}
