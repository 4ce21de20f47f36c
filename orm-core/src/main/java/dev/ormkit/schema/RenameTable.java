package dev.ormkit.schema;

import java.util.Objects;

/** {@code ALTER TABLE a RENAME TO b}. */
public final class RenameTable extends DdlElement {
    private final String from;
    private final String to;

    /** Renames table {@code from} to {@code to}. */
    public RenameTable(String from, String to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** The table's old name. */
    public String from() {
        return from;
    }

    /** The table's new name. */
    public String to() {
        return to;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).renameTable(from, to);
    }

    @Override
    public String toString() {
        return "RenameTable(" + from + " -> " + to + ")";
    }
}
