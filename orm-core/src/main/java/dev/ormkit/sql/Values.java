package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.ormkit.exc.ArgumentException;

/**
 * Rows given in the statement, used as a table: SQLAlchemy's {@code values(...)}.
 * <pre>{@code
 * Values prices = values("prices", Column.of("id", StandardTypes.BIGINT), Column.of("price", StandardTypes.INTEGER))
 *         .data(List.of(1L, 10), List.of(2L, 20));
 * update(items).values(Map.of("price", prices.c("price"))).where(items.c("id").eq(prices.c("id")));
 * }</pre>
 * Every value is a bind parameter cast to its column's type, so each database knows the
 * columns' types. PostgreSQL and H2 render {@code (VALUES (...), (...)) AS name (cols)};
 * SQLite and MariaDB, which cannot name a VALUES list's columns, the equivalent
 * {@code (SELECT ... AS col UNION ALL SELECT ...) AS name}.
 */
public final class Values extends FromClause implements NamedFrom {
    private final String name;
    private final List<ColumnExpression<?>> columnSpecs;
    private final List<List<BindParam<?>>> rows;
    private final Map<String, DerivedColumn<?>> columns = new LinkedHashMap<>();

    Values(String name, List<ColumnExpression<?>> columnSpecs, List<List<BindParam<?>>> rows) {
        if (columnSpecs.isEmpty()) {
            throw new ArgumentException("values(" + name + ") needs at least one column");
        }
        this.name = name;
        this.columnSpecs = List.copyOf(columnSpecs);
        this.rows = List.copyOf(rows);
        for (ColumnExpression<?> c : columnSpecs) {
            if (columns.put(c.name(), derive(c.name(), c.type())) != null) {
                throw new ArgumentException("values(" + name + ") has two columns named " + c.name());
            }
        }
    }

    private <T> DerivedColumn<T> derive(String columnName, SqlType<T> type) {
        return new DerivedColumn<>(this, columnName, type);
    }

    /** These columns with {@code rows}, each a list of one value per column. */
    @SafeVarargs
    public final Values data(List<?>... rows) {
        return data(Arrays.asList(rows));
    }

    /** These columns with {@code rows}, each a list of one value per column; at least one row. */
    public Values data(List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            throw new ArgumentException("values(" + name + ") needs at least one row: SQL has no empty VALUES list");
        }
        List<List<BindParam<?>>> bound = new ArrayList<>(this.rows);
        for (List<?> row : rows) {
            if (row.size() != columnSpecs.size()) {
                throw new ArgumentException("Row " + row + " of values(" + name + ") has " + row.size()
                        + " values for " + columnSpecs.size() + " columns " + columns.keySet());
            }
            List<BindParam<?>> r = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                r.add(bind(columnSpecs.get(i), row.get(i)));
            }
            bound.add(r);
        }
        return new Values(name, columnSpecs, bound);
    }

    @SuppressWarnings("unchecked")
    private static <T> BindParam<T> bind(ColumnExpression<T> column, Object value) {
        return new BindParam<>((T) value, column.type());
    }

    /** The name the VALUES list is known by as a table. */
    public String name() {
        return name;
    }

    @Override
    public String fromName() {
        return name;
    }

    /** The column specifications, in order. */
    public List<ColumnExpression<?>> columnSpecs() {
        return columnSpecs;
    }

    /** The rows' bind parameters, one list per row. */
    public List<List<BindParam<?>>> rows() {
        return rows;
    }

    /** The column named {@code columnName}. */
    @SuppressWarnings("unchecked")
    public <T> DerivedColumn<T> c(String columnName) {
        DerivedColumn<?> c = columns.get(columnName);
        if (c == null) {
            throw new ArgumentException("values(" + name + ") has no column " + columnName + "; its columns are "
                    + columns.keySet());
        }
        return (DerivedColumn<T>) c;
    }

    @Override
    public List<DerivedColumn<?>> exportedColumns() {
        return new ArrayList<>(columns.values());
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        rows.forEach(r -> r.forEach(visitor));
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Values.class).add(name).add(columnSpecs.size());
        for (ColumnExpression<?> c : columnSpecs) {
            key.add(c.name()).addType(c.type());
        }
        key.add(rows.size());
        for (List<BindParam<?>> row : rows) {
            key.elements(row);
        }
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        if (rows.isEmpty()) {
            throw new ArgumentException("values(" + name + ") has no rows: give them with data(...)");
        }
        compiler.dialect().renderValues(compiler, this);
    }
}
