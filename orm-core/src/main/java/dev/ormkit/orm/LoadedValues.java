package dev.ormkit.orm;

import java.util.Arrays;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.RowValues;
import dev.ormkit.exc.LoadException;
import dev.ormkit.exc.OrmException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.schema.Column;
import org.jspecify.annotations.Nullable;

/**
 * Column values on their way into fields. A value the field cannot hold is an error naming
 * class, field, column and row key, never a silent substitute: NULL does not become 0 or
 * false in a primitive field (the database and the object would disagree, and the next flush
 * would write the 0), and an unknown enum name is not a bare {@link IllegalArgumentException}.
 */
final class LoadedValues {
    private LoadedValues() {
    }

    /**
     * The row's value at {@code index} as {@code attribute}'s type. {@code key}, for messages: the
     * row's {@link EntityKey}, the value of its single-column key, or the state of its object.
     *
     * @throws LoadException when the field cannot hold it
     */
    static @Nullable Object read(ColumnAttribute attribute, RowValues row, int index, @Nullable Object key) {
        Object raw;
        try {
            raw = row.get(index);
        } catch (LoadException e) {
            // the column's value is no value of its type (an unknown enum name): say which object it is
            throw new LoadException(where(attribute, key) + ": " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
        }
        return convert(attribute, raw, key);
    }

    /**
     * {@code raw} converted to {@code attribute}'s type.
     *
     * @throws LoadException when the field cannot hold it
     */
    static @Nullable Object convert(ColumnAttribute attribute, @Nullable Object raw, @Nullable Object key) {
        if (raw == null) {
            if (attribute.field().getType().isPrimitive()) {
                throw new LoadException(where(attribute, key) + ": the column is NULL and the field is a primitive "
                        + attribute.field().getType().getName() + ", which cannot hold it. Declare the field as "
                        + attribute.javaType().getSimpleName() + " to allow NULL, or make the column NOT NULL");
            }
            return null;
        }
        try {
            return JdbcValues.convert(raw, attribute.javaType());
        } catch (IllegalArgumentException | OrmException e) {
            throw new LoadException(where(attribute, key) + ": " + problem(attribute, raw), e);
        }
    }

    private static String problem(ColumnAttribute attribute, Object raw) {
        Class<?> type = attribute.javaType();
        if (type.isEnum()) {
            return "'" + raw + "' is not a constant of " + type.getName() + " (it has "
                    + Arrays.toString(type.getEnumConstants()) + "); enums are stored by name, so a renamed or"
                    + " removed constant leaves rows behind: update those rows or add the constant back";
        }
        return raw.getClass().getSimpleName() + " value '" + raw + "' cannot become a " + type.getName();
    }

    private static String where(ColumnAttribute attribute, @Nullable Object key) {
        Column<?> column = attribute.column();
        String table = column.table() != null ? column.table().name() + "." : "";
        return "Cannot load " + attribute.owner().getName() + "." + attribute.name() + " (column " + table
                + column.name() + ") of the row with key " + (key == null ? "(unknown)" : keyText(key));
    }

    /** {@code key}: an {@link EntityKey}, the value of a single-column key, or the object's state. */
    private static String keyText(Object key) {
        Object k = key instanceof InstanceState s ? s.identity() : key;
        if (!(k instanceof EntityKey)) {
            return String.valueOf(k);
        }
        Object[] values = ((EntityKey) k).values();
        return values.length == 1 ? String.valueOf(values[0]) : Arrays.toString(values);
    }
}
