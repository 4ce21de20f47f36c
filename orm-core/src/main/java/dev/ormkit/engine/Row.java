package dev.ormkit.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.dialect.UnreadableValue;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * One result row: values by position ({@code row.get(0)}), by label ({@code row.get("n")}),
 * typed ({@code row.get("n", Long.class)}). Immutable.
 */
public final class Row implements RowValues {
    private final RowMetadata meta;
    private final @Nullable Object[] values;

    Row(RowMetadata meta, @Nullable Object[] values) {
        this.meta = meta;
        this.values = values;
    }

    /** The value at {@code index} (0-based). */
    @Override
    public @Nullable Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new ArgumentException("Row has " + values.length + " columns; index " + index + " is out of range");
        }
        return checked(index);
    }

    /** The value of the column labelled {@code key} (case-insensitive when no exact match). */
    public @Nullable Object get(String key) {
        int i = meta.indexOf(key);
        if (i < 0) {
            throw new ArgumentException("Row has no column '" + key + "'; its columns are " + meta.keys());
        }
        return checked(i);
    }

    /**
     * The value at {@code index}, which must be readable.
     *
     * @throws dev.ormkit.exc.LoadException naming the column when the database holds a value its
     *     type cannot take (an unknown enum name, say)
     */
    private @Nullable Object checked(int index) {
        Object v = values[index];
        if (v instanceof UnreadableValue u) {
            throw u.error(meta.keys().get(index));
        }
        return v;
    }

    /** The value at {@code index}, converted to {@code type}. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(int index, Class<T> type) {
        return (T) JdbcValues.convert(get(index), type);
    }

    /** The value of column {@code key}, converted to {@code type}. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(String key, Class<T> type) {
        return (T) JdbcValues.convert(get(key), type);
    }

    /** The column labels, in order. */
    public List<String> keys() {
        return meta.keys();
    }

    public int size() {
        return values.length;
    }

    /** The values, in order. */
    public List<@Nullable Object> values() {
        for (int i = 0; i < values.length; i++) {
            checked(i);
        }
        return Arrays.asList(values.clone());
    }

    /** Label to value, in column order (SQLAlchemy's {@code row._mapping}). */
    public Map<String, @Nullable Object> asMap() {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        List<String> keys = meta.keys();
        for (int i = 0; i < values.length; i++) {
            m.putIfAbsent(keys.get(i), checked(i));
        }
        return m;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Row r && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object v = values[i];
            sb.append(v instanceof String ? "'" + v + "'" : String.valueOf(v));
        }
        return sb.append(values.length == 1 ? ",)" : ")").toString();
    }
}
