package dev.ormkit.schema;

import java.util.Objects;

/**
 * {@code ALTER TABLE t DROP CONSTRAINT name}, or what the database says instead for that kind
 * of constraint (MySQL: {@code DROP INDEX} for a unique key, {@code DROP FOREIGN KEY},
 * {@code DROP CHECK}).
 */
public final class DropConstraint extends DdlElement {
    private final String table;
    private final String name;
    private final ConstraintKind kind;

    /** Drops the constraint {@code name} of kind {@code kind} from the table named {@code table}. */
    public DropConstraint(String table, String name, ConstraintKind kind) {
        this.table = Objects.requireNonNull(table, "table");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The name of the table the constraint belongs to. */
    public String tableName() {
        return table;
    }

    /** The name of the constraint dropped. */
    public String name() {
        return name;
    }

    /** The kind of the constraint, which decides the statement on some databases. */
    public ConstraintKind constraintKind() {
        return kind;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        return new DdlCompiler(dialect).dropConstraint(table, name, kind);
    }

    @Override
    public String toString() {
        return "DropConstraint(" + table + "." + name + " " + kind + ")";
    }
}
