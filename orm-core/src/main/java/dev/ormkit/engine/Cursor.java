package dev.ormkit.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import dev.ormkit.dialect.UnreadableValue;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a statement read where they are, one at a time, without a {@link Row} per row:
 * what {@link Connection#read} hands its reader. {@link #get} reads the value of the current row
 * from the driver through the column's reader, chosen once for the statement; a value asked for
 * twice is read twice. Valid only inside the reader it was given to: the statement and its
 * result set are closed when the reader returns.
 */
public final class Cursor implements RowValues {
    private final ResultSet resultSet;
    private final RowReader reader;
    private final int width;
    private final int expectedRows;
    private long rowsRead;

    Cursor(ResultSet resultSet, RowReader reader, int expectedRows) {
        this.resultSet = resultSet;
        this.reader = reader;
        this.width = reader.meta().keys().size();
        this.expectedRows = expectedRows;
    }

    /**
     * How many rows the statement is likely to return, for sizing what they are read into: the
     * number a statement of the same shape returned when last read on this engine; -1 when none
     * was. A hint only: the rows are as many as {@link #next} moves to.
     */
    public int expectedRows() {
        return expectedRows;
    }

    /** Moves to the next row; false when there is none. */
    public boolean next() {
        try {
            if (resultSet.next()) {
                rowsRead++;
                return true;
            }
            return false;
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    /** The value of the current row at {@code index} (0-based), as the column's Java type. */
    @Override
    public @Nullable Object get(int index) {
        if (index < 0 || index >= width) {
            throw new ArgumentException("Row has " + width + " columns; index " + index + " is out of range");
        }
        Object v;
        try {
            v = reader.value(resultSet, index);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
        if (v instanceof UnreadableValue u) {
            throw u.error(reader.meta().keys().get(index));
        }
        return v;
    }

    /** The current row as a {@link Row}, which outlives the cursor. */
    public Row row() {
        try {
            return reader.read(resultSet);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    /** The number of columns of each row. */
    public int size() {
        return width;
    }

    /** The column labels, in order: the statement's keys, then the driver's labels for the rest. */
    public List<String> keys() {
        return reader.meta().keys();
    }

    /** How many rows {@link #next} moved to. */
    long rowsRead() {
        return rowsRead;
    }

    /** A driver error while reading, carried out of the reader to be translated with the statement. */
    static final class ReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadFailure(SQLException cause) {
            super(cause);
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }
}
