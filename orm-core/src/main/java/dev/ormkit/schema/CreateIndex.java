package dev.ormkit.schema;

import java.util.Objects;

/** {@code CREATE [UNIQUE] INDEX name ON table (columns)}. */
public final class CreateIndex extends DdlElement {
    private final Table table;
    private final Index index;

    /** Creates {@code index}, one of {@code table}'s. */
    public CreateIndex(Table table, Index index) {
        this.table = Objects.requireNonNull(table, "table");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The table indexed. */
    public Table table() {
        return table;
    }

    /** The index created. */
    public Index index() {
        return index;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).createIndex(table, index);
    }

    @Override
    public String toString() {
        return "CreateIndex(" + index.name() + ")";
    }
}
