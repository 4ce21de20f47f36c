package dev.ormkit.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named table as statements see it: a name, columns, and the keys from which a join infers
 * its ON clause and an upsert its conflict target. {@code dev.ormkit.schema.Table} is the one
 * users declare; the expression language needs no more than this, and so does not depend on
 * the schema package.
 */
public abstract class TableClause extends FromClause implements NamedFrom {

    /** The table's name, as written in SQL (quoted by the dialect when needed). */
    public abstract String name();

    /** The table's columns, in declaration order. */
    public abstract List<? extends ColumnExpression<?>> columns();

    /**
     * The column named {@code columnName}.
     *
     * @throws dev.ormkit.exc.ArgumentException when the table has no such column
     */
    public abstract <T> ColumnExpression<T> c(String columnName);

    /** The column named {@code columnName}, or null when the table has none. */
    public abstract @Nullable ColumnExpression<?> findColumn(String columnName);

    /**
     * The column sets that identify a row, by column name: the primary key first (when there
     * is one), then each unique constraint.
     */
    protected abstract List<List<String>> uniqueKeyColumnNames();

    /** This table's foreign keys that refer to the table named {@code referredTable}. */
    protected abstract List<ForeignKeyColumns> foreignKeysTo(String referredTable);

    @Override
    public String fromName() {
        return name();
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitTable(this);
    }

    /**
     * The columns of one foreign key, local and referred, by name and in key order.
     *
     * @param columns         the referring columns of this table
     * @param referredColumns the columns of the referred table, one per referring column
     */
    public record ForeignKeyColumns(List<String> columns, List<String> referredColumns) {
        /** Copies both lists. */
        public ForeignKeyColumns {
            columns = List.copyOf(columns);
            referredColumns = List.copyOf(referredColumns);
        }
    }
}
