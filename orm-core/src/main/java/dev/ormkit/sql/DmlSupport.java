package dev.ormkit.sql;

import java.util.LinkedHashMap;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;

/** Shared helpers for INSERT, UPDATE and DELETE: turning user maps into column assignments. */
final class DmlSupport {
    private DmlSupport() {
    }

    /**
     * Resolves a user's map (keys: columns, or column names as strings; values: Java values
     * or expressions) into an ordered column-to-expression map against {@code table}.
     */
    static Map<ColumnExpression<?>, Expression<?>> assignments(TableClause table, Map<?, ?> values) {
        Map<ColumnExpression<?>, Expression<?>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : values.entrySet()) {
            ColumnExpression<?> column = resolveColumn(table, e.getKey());
            out.put(column, valueFor(column, e.getValue()));
        }
        return out;
    }

    static ColumnExpression<?> resolveColumn(TableClause table, Object key) {
        if (key instanceof String name) {
            return table.c(name);
        }
        if (key instanceof Expression<?> e && e.unwrap() instanceof ColumnExpression<?> c) {
            if (c.from() != table) {
                throw new ArgumentException("Column " + c + " is not a column of table " + table.name());
            }
            return c;
        }
        throw new ArgumentException("Expected a column or a column name of table " + table.name() + ", got " + key);
    }

    @SuppressWarnings("unchecked")
    static <T> Expression<?> valueFor(ColumnExpression<T> column, Object value) {
        if (value instanceof Expression<?> e) {
            return e;
        }
        return new BindParam<>((T) value, column.type());
    }

    /** Writes assignments into a cache key: their count, then each target column (by identity) and value. */
    static void appendAssignments(CacheKey.Builder key, Map<ColumnExpression<?>, Expression<?>> assignments) {
        key.add(assignments.size());
        for (Map.Entry<ColumnExpression<?>, Expression<?>> a : assignments.entrySet()) {
            key.add(a.getKey()).element(a.getValue());
        }
    }
}
