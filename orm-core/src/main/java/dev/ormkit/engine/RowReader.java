package dev.ormkit.engine;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.dialect.ColumnReader;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.sql.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * Turns the current row of a JDBC result set into a {@link Row}: each column's conversion is
 * chosen once, from the statement's result types, and the keys are shared by every row. Used
 * by buffered and streamed results alike.
 */
final class RowReader {
    private final RowMetadata meta;
    private final ColumnReader[] readers;

    private RowReader(RowMetadata meta, ColumnReader[] readers) {
        this.meta = meta;
        this.readers = readers;
    }

    /** A reader for {@code rs}: the keys the statement names, then the driver's labels for the rest. */
    static RowReader of(ResultSet rs, List<String> keys, List<@Nullable SqlType<?>> types, Dialect dialect)
            throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        ColumnReader[] readers = new ColumnReader[n];
        for (int i = 0; i < n; i++) {
            readers[i] = dialect.columnReader(i < types.size() ? types.get(i) : null);
        }
        List<String> names = keys;
        if (keys.size() != n) {
            names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(i < keys.size() ? keys.get(i) : dialect.normalizeName(md.getColumnLabel(i + 1)));
            }
        }
        return new RowReader(new RowMetadata(names), readers);
    }

    RowMetadata meta() {
        return meta;
    }

    /** The value of column {@code index} (0-based) of the result set's current row. */
    @Nullable Object value(ResultSet rs, int index) throws SQLException {
        return readers[index].read(rs, index + 1);
    }

    /** The result set's current row. */
    Row read(ResultSet rs) throws SQLException {
        Object[] values = new Object[readers.length];
        for (int i = 0; i < readers.length; i++) {
            values[i] = readers[i].read(rs, i + 1);
        }
        return new Row(meta, values);
    }
}
