package dev.ormkit.schema;

import java.util.Objects;

/**
 * {@code ALTER TABLE t ADD CONSTRAINT name FOREIGN KEY ...}: how a foreign key of a dependency
 * cycle is created once both tables exist. An unnamed key gets the name
 * {@link DdlCompiler#foreignKeyName} gives it, so that it can be dropped again.
 */
public final class AddForeignKey extends DdlElement {
    private final Table table;
    private final ForeignKeyConstraint foreignKey;

    public AddForeignKey(Table table, ForeignKeyConstraint foreignKey) {
        this.table = Objects.requireNonNull(table, "table");
        this.foreignKey = Objects.requireNonNull(foreignKey, "foreignKey");
    }

    public Table table() {
        return table;
    }

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
