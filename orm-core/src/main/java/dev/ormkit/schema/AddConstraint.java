package dev.ormkit.schema;

import java.util.Objects;
import dev.ormkit.exc.ArgumentException;

/**
 * {@code ALTER TABLE t ADD CONSTRAINT name UNIQUE (...)} or {@code ... CHECK (...)}, named by
 * the constraint or the table's naming convention. Foreign keys are {@link AddForeignKey}.
 */
public final class AddConstraint extends DdlElement {
    private final Table table;
    private final TableElement constraint;

    /** {@code constraint} is a {@link UniqueConstraint} or a {@link CheckConstraint} of {@code table}. */
    public AddConstraint(Table table, TableElement constraint) {
        this.table = Objects.requireNonNull(table, "table");
        if (!(constraint instanceof UniqueConstraint) && !(constraint instanceof CheckConstraint)) {
            throw new ArgumentException("AddConstraint takes a UNIQUE or CHECK constraint, got " + constraint
                    + "; use AddForeignKey for a foreign key");
        }
        this.constraint = constraint;
    }

    /** The table the constraint is added to. */
    public Table table() {
        return table;
    }

    /** The constraint added: a {@link UniqueConstraint} or a {@link CheckConstraint}. */
    public TableElement constraint() {
        return constraint;
    }

    @Override
    public String toSql(DdlDialect dialect) {
        DdlCompiler ddl = new DdlCompiler(dialect);
        return constraint instanceof UniqueConstraint u ? ddl.addUniqueConstraint(table, u)
                : ddl.addCheckConstraint(table, (CheckConstraint) constraint);
    }

    @Override
    public String toString() {
        return "AddConstraint(" + table.name() + " " + constraint + ")";
    }
}
