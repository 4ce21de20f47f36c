package dev.ormkit.schema;

import java.util.Objects;

/** {@code DROP INDEX} (with {@code ON table} where the database needs it). */
public final class DropIndex extends DdlElement {
    private final Table table;
    private final Index index;

    /** Drops {@code index}, one of {@code table}'s. */
    public DropIndex(Table table, Index index) {
        this.table = Objects.requireNonNull(table, "table");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The table the index belongs to. */
    public Table table() {
        return table;
    }

    /** The index dropped. */
    public Index index() {
        return index;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).dropIndex(table, index);
    }

    @Override
    public String toString() {
        return "DropIndex(" + index.name() + ")";
    }
}
