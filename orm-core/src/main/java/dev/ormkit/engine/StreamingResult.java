package dev.ormkit.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a statement read from the database as they are iterated, not held in memory:
 * SQLAlchemy's {@code stream_results} result. Made by {@link Connection#stream}; the database
 * sends rows in fetches of a few hundred (a server-side cursor on PostgreSQL, the driver's
 * streaming mode on MySQL/MariaDB, lazy execution on H2, SQLite's own row-by-row reading), so
 * memory stays the same however many rows there are.
 *
 * <p>Read it once: with {@link #iterator()}, {@link #stream()}, {@link #partitions(int)} or
 * {@link #fetchMany(int)}. It holds a JDBC statement and result set open on its connection
 * until it is read to its end or {@linkplain #close() closed}: use try-with-resources (a
 * {@link #stream()} closes it when the stream is closed). Closing the connection, or ending its
 * transaction ({@code commit()}, {@code rollback()}), closes it too: a server-side cursor does
 * not outlive its transaction. An error while reading (a row the database fails to compute, a
 * dropped connection) is thrown as a {@link DatabaseException} carrying the statement and its
 * parameters, and closes the result. Not thread-safe, as its connection.
 *
 * <p>On MySQL and MariaDB a connection reads one result at a time: a statement run on the
 * same connection while a stream is open makes MariaDB's driver read the rest of the stream
 * into memory first (and MySQL's driver refuse the statement); see
 * {@link Dialect#streamsAlongsideOtherStatements()}.
 */
public final class StreamingResult implements Iterable<Row>, AutoCloseable {
    /** Rows fetched per round trip when the caller does not say. */
    public static final int DEFAULT_ROWS_PER_FETCH = 1000;

    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final RowReader reader;
    private final Dialect dialect;
    private final String sql;
    private final List<@Nullable Object> parameters;
    private final @Nullable Connection owner;
    private @Nullable Row next;
    private boolean exhausted;
    private boolean closed;
    private boolean iterating;
    private @Nullable String closedBecause;
    private long rowsRead;
    private @Nullable Runnable onRelease;

    StreamingResult(PreparedStatement statement, ResultSet resultSet, RowReader reader, Dialect dialect, String sql,
                    List<@Nullable Object> parameters, @Nullable Connection owner) {
        this.statement = statement;
        this.resultSet = resultSet;
        this.reader = reader;
        this.dialect = dialect;
        this.sql = sql;
        this.parameters = parameters;
        this.owner = owner;
        if (owner != null) {
            owner.opened(this);
        }
    }

    /**
     * Runs {@code action} once, when this result is closed or read to its end: how a layer above
     * (a session borrowing its connection per unit of work) learns that the cursor is gone.
     */
    public StreamingResult onRelease(Runnable action) {
        if (closed) {
            action.run();
        } else {
            this.onRelease = action;
        }
        return this;
    }

    /** The result's column labels. */
    public List<String> keys() {
        return reader.meta().keys();
    }

    /** How many rows have been read so far. */
    public long rowsRead() {
        return rowsRead;
    }

    /** The SQL this result reads the rows of. */
    public String sql() {
        return sql;
    }

    /**
     * The next row, or null when there is none left (the result is then closed).
     *
     * @throws DatabaseException when the database fails while sending rows
     * @throws InvalidRequestException when the result was closed
     */
    public @Nullable Row fetchOne() {
        if (!advance()) {
            return null;
        }
        Row row = next;
        next = null;
        rowsRead++;
        return row;
    }

    /**
     * Up to {@code size} next rows; fewer only at the end, an empty list once every row has been
     * read. SQLAlchemy's {@code fetchmany()}.
     */
    public List<Row> fetchMany(int size) {
        requirePositive(size);
        List<Row> out = new ArrayList<>(Math.min(size, 4096));
        while (out.size() < size) {
            Row row = fetchOne();
            if (row == null) {
                break;
            }
            out.add(row);
        }
        return out;
    }

    /**
     * The remaining rows in lists of {@code size} (the last one possibly shorter), read from the
     * database one list at a time: SQLAlchemy's {@code partitions()}. Closing the stream closes
     * this result.
     */
    public Stream<List<Row>> partitions(int size) {
        requirePositive(size);
        startIterating();
        Iterator<List<Row>> batches = new Iterator<>() {
            private @Nullable List<Row> pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = fetchMany(size);
                }
                return !pending.isEmpty();
            }

            @Override
            public List<Row> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Row> out = pending;
                pending = null;
                return out;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /**
     * The remaining rows, each read when the iteration reaches it. A result is iterated once: a
     * second iterator is refused, since the rows it would start from are gone.
     */
    @Override
    public Iterator<Row> iterator() {
        startIterating();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return advance();
            }

            @Override
            public Row next() {
                Row row = fetchOne();
                if (row == null) {
                    throw new NoSuchElementException();
                }
                return row;
            }
        };
    }

    /** The remaining rows as a sequential stream; closing the stream closes this result. */
    public Stream<Row> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** The first column of the remaining rows, converted to {@code type}; closing the stream closes this result. */
    public <T> Stream<T> scalars(Class<T> type) {
        return stream().map(r -> r.get(0, type));
    }

    /** True once closed, read to its end, or failed. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Releases the JDBC result set and statement (the server-side cursor); rows not read are
     * discarded. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        next = null;
        if (owner != null) {
            owner.released(this);
        }
        SQLException failure = null;
        try {
            resultSet.close();
        } catch (SQLException e) {
            failure = e;
        }
        try {
            statement.close();
        } catch (SQLException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        Runnable released = onRelease;
        onRelease = null;
        if (released != null) {
            released.run();
        }
        if (failure != null) {
            throw dialect.translate(failure, sql, parameters);
        }
    }

    /** Closed by its connection: a later read says why rather than what the driver would. */
    void closeBecause(String reason) {
        if (!closed) {
            closedBecause = reason;
            try {
                close();
            } catch (RuntimeException e) {
                Connection.LOG.debug("Closing a streamed result failed", e);
            }
        }
    }

    private boolean advance() {
        if (next != null) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        if (closed) {
            throw new InvalidRequestException("This streamed result is closed"
                    + (closedBecause != null ? " (" + closedBecause + ")" : "") + "; its rows can no longer be read"
                    + " [SQL: " + sql + "]");
        }
        try {
            if (resultSet.next()) {
                next = reader.read(resultSet);
                return true;
            }
        } catch (SQLException e) {
            DatabaseException error = dialect.translate(e, sql, parameters);
            closeAfterFailure(error);
            throw error;
        } catch (RuntimeException e) {
            closeAfterFailure(e);
            throw e;
        }
        exhausted = true;
        close(); // read to its end: the cursor is released at once, as SQLAlchemy does
        return false;
    }

    private void closeAfterFailure(Throwable first) {
        try {
            close();
        } catch (RuntimeException e) {
            first.addSuppressed(e); // the read's error is what the caller needs; this one rides along
        }
    }

    private void startIterating() {
        if (iterating) {
            throw new InvalidRequestException("A streamed result is read once; this one is already being iterated"
                    + " [SQL: " + sql + "]");
        }
        iterating = true;
    }

    private static void requirePositive(int size) {
        if (size <= 0) {
            throw new ArgumentException("A batch size must be at least 1, not " + size);
        }
    }

    /** Closes what a failed execution left open, keeping {@code first} the error that is thrown. */
    static void closeQuietly(@Nullable ResultSet rs, @Nullable PreparedStatement ps, Throwable first) {
        try {
            if (rs != null) {
                rs.close();
            }
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
        try {
            if (ps != null) {
                ps.close();
            }
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }

    @Override
    public String toString() {
        return "StreamingResult(" + rowsRead + " rows read" + (closed ? ", closed" : "") + ")";
    }
}
