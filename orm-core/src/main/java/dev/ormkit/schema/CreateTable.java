package dev.ormkit.schema;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TABLE} with columns, primary key, unique, check and foreign key constraints.
 * Indexes are separate statements ({@link CreateIndex}). Foreign keys listed as
 * {@code deferredForeignKeys} are left out, to be added by {@link AddForeignKey} once every
 * table of a dependency cycle exists.
 */
public final class CreateTable extends DdlElement {
    private final Table table;
    private final List<ForeignKeyConstraint> deferredForeignKeys;

    /** {@code CREATE TABLE} with all of the table's constraints. */
    public CreateTable(Table table) {
        this(table, List.of());
    }

    /** {@code CREATE TABLE} without the given foreign keys (which must belong to the table). */
    public CreateTable(Table table, List<ForeignKeyConstraint> deferredForeignKeys) {
        this.table = Objects.requireNonNull(table, "table");
        this.deferredForeignKeys = List.copyOf(deferredForeignKeys);
    }

    /** The table created. */
    public Table table() {
        return table;
    }

    /** The foreign keys this statement leaves out. */
    public List<ForeignKeyConstraint> deferredForeignKeys() {
        return deferredForeignKeys;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).createTable(table, deferredForeignKeys);
    }

    @Override
    public String toString() {
        return "CreateTable(" + table.name() + ")";
    }
}
