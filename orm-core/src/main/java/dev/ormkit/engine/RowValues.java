package dev.ormkit.engine;

import org.jspecify.annotations.Nullable;

/**
 * The values of one result row by position: a {@link Row} held in memory, or the row a
 * {@link Cursor} stands on, read from the driver as it is asked for. What a layer reading rows
 * into objects needs from either.
 */
public interface RowValues {
    /**
     * The value at {@code index} (0-based), as the column's Java type.
     *
     * @throws dev.ormkit.exc.LoadException naming the column when the database holds a value its
     *     type cannot take (an unknown enum name, say)
     */
    @Nullable Object get(int index);
}
