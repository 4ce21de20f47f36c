package dev.ormkit.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one result column, by position, as its Java value: what {@link Dialect#readValue}
 * does for a column of one type, with the choices that depend only on the type made once
 * ({@link Dialect#columnReader}) rather than for every value of every row.
 */
@FunctionalInterface
public interface ColumnReader {
    /** The value of column {@code index} (1-based) of the current row. */
    @Nullable Object read(ResultSet rs, int index) throws SQLException;
}
