package dev.ormkit.schema;

import java.util.Objects;

/**
 * {@code ALTER TABLE t ADD CONSTRAINT name FOREIGN KEY ...}: how a foreign key of a dependency
 * cycle is created once both tables exist. An unnamed key gets the name
 * {@link DdlNames#foreignKeyName} gives it, so that it can be dropped again.
 */
public final class AddForeignKey extends DdlElement {
    private final Table table;
    private final ForeignKeyConstraint foreignKey;

    /** Adds {@code foreignKey}, one of {@code table}'s, to the existing table. */
    public AddForeignKey(Table table, ForeignKeyConstraint foreignKey) {
        this.table = Objects.requireNonNull(table, "table");
        this.foreignKey = Objects.requireNonNull(foreignKey, "foreignKey");
    }

    /** The table the foreign key is added to. */
    public Table table() {
        return table;
    }

    /** The foreign key added. */
    public ForeignKeyConstraint foreignKey() {
        return foreignKey;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).addForeignKey(table, foreignKey);
    }

    @Override
    public String toString() {
        return "AddForeignKey(" + table.name() + foreignKey.columns() + ")";
    }
}
