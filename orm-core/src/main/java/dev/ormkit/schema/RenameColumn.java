package dev.ormkit.schema;

import java.util.Objects;

/** {@code ALTER TABLE t RENAME COLUMN a TO b}. */
public final class RenameColumn extends DdlElement {
    private final String table;
    private final String from;
    private final String to;

    /** Renames column {@code from} of the table named {@code table} to {@code to}. */
    public RenameColumn(String table, String from, String to) {
        this.table = Objects.requireNonNull(table, "table");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** The name of the table. */
    public String tableName() {
        return table;
    }

    /** The column's old name. */
    public String from() {
        return from;
    }

    /** The column's new name. */
    public String to() {
        return to;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).renameColumn(table, from, to);
    }

    @Override
    public String toString() {
        return "RenameColumn(" + table + "." + from + " -> " + to + ")";
    }
}
