package dev.ormkit.schema;

import java.util.Objects;

/** {@code ALTER TABLE t DROP CONSTRAINT name} for a foreign key (MySQL: {@code DROP FOREIGN KEY}). */
public final class DropForeignKey extends DdlElement {
    private final Table table;
    private final String constraintName;

    /** Drops the foreign key named {@code constraintName} from {@code table}. */
    public DropForeignKey(Table table, String constraintName) {
        this.table = Objects.requireNonNull(table, "table");
        this.constraintName = Objects.requireNonNull(constraintName, "constraintName");
    }

    /** The table the foreign key belongs to. */
    public Table table() {
        return table;
    }

    /** The name of the foreign key dropped. */
    public String constraintName() {
        return constraintName;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).dropForeignKey(table, constraintName);
    }

    @Override
    public String toString() {
        return "DropForeignKey(" + table.name() + "." + constraintName + ")";
    }
}
