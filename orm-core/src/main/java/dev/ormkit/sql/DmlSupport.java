package dev.ormkit.sql;

import java.util.LinkedHashMap;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;

/** Shared helpers for INSERT, UPDATE and DELETE: turning user maps into column assignments. */
final class DmlSupport {
    private DmlSupport() {
    }

    /**
     * Resolves a user's map (keys: columns, or column names as strings; values: Java values
     * or expressions) into an ordered column-to-expression map against {@code table}.
     */
    static Map<Column<?>, Expression<?>> assignments(Table table, Map<?, ?> values) {
        Map<Column<?>, Expression<?>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : values.entrySet()) {
            Column<?> column = resolveColumn(table, e.getKey());
            out.put(column, valueFor(column, e.getValue()));
        }
        return out;
    }

    static Column<?> resolveColumn(Table table, Object key) {
        if (key instanceof String name) {
            return table.c(name);
        }
        if (key instanceof Expression<?> e && e.unwrap() instanceof Column<?> c) {
            if (c.table() != table) {
                throw new ArgumentException("Column " + c + " is not a column of table " + table.name());
            }
            return c;
        }
        throw new ArgumentException("Expected a column or a column name of table " + table.name() + ", got " + key);
    }

    @SuppressWarnings("unchecked")
    static <T> Expression<?> valueFor(Column<T> column, Object value) {
        if (value instanceof Expression<?> e) {
            return e;
        }
        return new BindParam<>((T) value, column.type());
    }

    /** Writes assignments into a cache key: their count, then each target column (by identity) and value. */
    static void appendAssignments(CacheKey.Builder key, Map<Column<?>, Expression<?>> assignments) {
        key.add(assignments.size());
        for (Map.Entry<Column<?>, Expression<?>> a : assignments.entrySet()) {
            key.add(a.getKey()).element(a.getValue());
        }
    }
}
