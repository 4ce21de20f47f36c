package dev.ormkit.sql;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A named column of some FROM clause: a table's column, or a column of an alias or a derived
 * table. Renders as {@code from.name}.
 */
public abstract class ColumnExpression<T> extends Expression<T> {

    /** The column's name in its FROM clause. */
    public abstract String name();

    /** The FROM clause the column belongs to; null for a table column not yet in a table. */
    public abstract @Nullable FromClause from();

    @Override
    public abstract @Nullable SqlType<T> type();

    @Override
    public String defaultLabel() {
        return name();
    }

    @Override
    public void collectFroms(Set<FromClause> froms) {
        FromClause from = from();
        if (from != null) {
            froms.add(from);
        }
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitColumn(this);
    }

    @Override
    public String toString() {
        FromClause from = from();
        return from instanceof NamedFrom n ? n.fromName() + "." + name() : name();
    }
}
