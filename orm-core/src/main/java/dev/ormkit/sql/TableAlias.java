package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;

/** {@code table AS alias}: the same table under another name, for self-joins. */
public final class TableAlias extends FromClause implements NamedFrom {
    private final TableClause table;
    private final String alias;
    private final Map<String, DerivedColumn<?>> columns = new LinkedHashMap<>();

    /** {@code table} under the name {@code alias}; {@code Table.alias(name)} is the usual way to make one. */
    public TableAlias(TableClause table, String alias) {
        this.table = table;
        this.alias = alias;
        for (ColumnExpression<?> c : table.columns()) {
            columns.put(c.name(), derive(c));
        }
    }

    private <T> DerivedColumn<T> derive(ColumnExpression<T> c) {
        return new DerivedColumn<>(this, c.name(), c.type());
    }

    /** The table aliased. */
    public TableClause table() {
        return table;
    }

    /** The alias. */
    public String alias() {
        return alias;
    }

    @Override
    public String fromName() {
        return alias;
    }

    /** The aliased column named {@code name}. */
    @SuppressWarnings("unchecked")
    public <T> DerivedColumn<T> c(String name) {
        DerivedColumn<?> c = columns.get(name);
        if (c == null) {
            throw new ArgumentException("Table " + table.name() + " (alias " + alias + ") has no column " + name);
        }
        return (DerivedColumn<T>) c;
    }

    /** The aliased counterpart of one of the table's columns. */
    public <T> DerivedColumn<T> c(ColumnExpression<T> column) {
        return c(column.name());
    }

    @Override
    public List<DerivedColumn<?>> exportedColumns() {
        return new ArrayList<>(columns.values());
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(TableAlias.class).add(table).add(alias);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitTableAlias(this);
    }
}
