package dev.ormkit.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.event.Events;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.ParameterText;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.Compiled;
import dev.ormkit.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * Sends bound statements through JDBC: binds values, reads rows, translates errors, fires
 * statement events and logs when echo is on. The one place JDBC statements are executed.
 */
final class StatementRunner {
    private final java.sql.Connection jdbc;
    private final Dialect dialect;
    private final Events events;
    private final String engineName;
    private final boolean echo;
    /** What the connection applies to each statement before it runs (timeouts); null: nothing. */
    private @Nullable StatementPreparer preparer;

    StatementRunner(java.sql.Connection jdbc, Dialect dialect, Events events, String engineName, boolean echo) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.events = events;
        this.engineName = engineName;
        this.echo = echo;
    }

    /** Applied to every statement this runner prepares, before its values are bound. */
    interface StatementPreparer {
        void prepare(Statement statement) throws SQLException;

        /** Rewrites a statement's error when the preparer knows more (a timeout it set fired). */
        default DatabaseException translated(DatabaseException error, SQLException cause) {
            return error;
        }
    }

    void preparer(@Nullable StatementPreparer p) {
        this.preparer = p;
    }

    private void prepare(Statement statement) throws SQLException {
        StatementPreparer p = preparer;
        if (p != null) {
            p.prepare(statement);
        }
    }

    /**
     * Runs one statement that carries {@code rows} parameter sets (a multi-row INSERT: listeners
     * see it as one statement of that batch size). {@code generatedKeyColumn} names the key
     * column to read back through {@code getGeneratedKeys} after an INSERT without RETURNING
     * (null: none); {@code origin} and {@code entity} are what listeners are told it runs for.
     */
    Result run(Compiled.BoundStatement bound, @Nullable String generatedKeyColumn, int rows, Origin origin,
               @Nullable Class<?> entity) {
        Compiled compiled = bound.compiled();
        String sql = bound.sql();
        List<@Nullable Object> values = bound.values();
        StatementExecution event = begin(sql, values, compiled.kind(), rows, origin, entity);
        long start = event != null ? System.nanoTime() : 0L; // timed only for listeners
        try (PreparedStatement ps = generatedKeyColumn != null
                ? jdbc.prepareStatement(sql, new String[] {keyColumnName(generatedKeyColumn)})
                : jdbc.prepareStatement(sql)) {
            prepare(ps);
            bindAll(ps, values, bound.types());
            Result result;
            if (compiled.returnsRows()) {
                try (ResultSet rs = ps.executeQuery()) {
                    result = readRows(rs, compiled.resultKeys(), compiled.resultTypes(), -1);
                }
            } else {
                long count = ps.executeLargeUpdate();
                List<Row> keys = List.of();
                if (generatedKeyColumn != null) {
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        keys = readRows(rs, List.of(generatedKeyColumn), java.util.Collections.singletonList(null), count).all();
                    }
                }
                result = Result.ofRowCount(count, keys);
            }
            ended(event, start, result.rowCountOrSize());
            return result;
        } catch (SQLException e) {
            throw failed(e, sql, values, start, event);
        }
    }

    /**
     * Runs a statement that returns rows and hands its open result to {@code reader} as a
     * {@link Cursor}, without a {@link Row} per row; the statement is closed when the reader
     * returns. Listeners see the statement end after the reader, with the rows it moved to (also
     * when the reader fails for a reason of its own: the statement itself ran).
     */
    <T> T read(Compiled.BoundStatement bound, Origin origin, @Nullable Class<?> entity,
               java.util.function.Function<Cursor, T> reader) {
        Compiled compiled = bound.compiled();
        String sql = bound.sql();
        List<@Nullable Object> values = bound.values();
        StatementExecution event = begin(sql, values, compiled.kind(), 1, origin, entity);
        long start = event != null ? System.nanoTime() : 0L; // timed only for listeners
        Cursor cursor = null;
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            prepare(ps);
            bindAll(ps, values, bound.types());
            T out;
            try (ResultSet rs = ps.executeQuery()) {
                cursor = new Cursor(rs, RowReader.of(rs, compiled.resultKeys(), compiled.resultTypes(), dialect),
                        compiled.rowsLastRead());
                out = reader.apply(cursor);
            }
            compiled.rowsLastRead((int) Math.min(Integer.MAX_VALUE, cursor.rowsRead()));
            ended(event, start, cursor.rowsRead());
            return out;
        } catch (SQLException e) {
            throw failed(e, sql, values, start, event);
        } catch (Cursor.ReadFailure e) {
            throw failed(e.sqlException(), sql, values, start, event);
        } catch (RuntimeException e) {
            if (cursor != null) {
                ended(event, start, cursor.rowsRead());
            }
            throw e;
        }
    }

    /** Runs one statement with many parameter sets as a JDBC batch. */
    Result runBatch(Compiled compiled, List<? extends Map<String, ?>> parameterSets, Origin origin,
                    @Nullable Class<?> entity) {
        List<Compiled.BoundStatement> bound = new ArrayList<>(parameterSets.size());
        for (Map<String, ?> params : parameterSets) {
            Compiled.BoundStatement b = compiled.bind(params, dialect);
            if (!bound.isEmpty() && !b.sql().equals(bound.get(0).sql())) {
                throw new dev.ormkit.exc.ArgumentException("Every parameter set of an executemany must expand to the"
                        + " same SQL; collections of different sizes do not");
            }
            bound.add(b);
        }
        Compiled.BoundStatement first = bound.get(0);
        String sql = first.sql();
        logBatch(sql, bound);
        StatementExecution event = events.hasStatementListeners()
                ? start(sql, first.values(), compiled.kind(), bound.size(), origin, entity) : null;
        long start = event != null ? System.nanoTime() : 0L; // timed only for listeners
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            prepare(ps);
            for (Compiled.BoundStatement b : bound) {
                bindAll(ps, b.values(), b.types());
                ps.addBatch();
            }
            long total = 0;
            long[] counts = ps.executeLargeBatch();
            for (long n : counts) {
                total += n >= 0 ? n : 0;
            }
            ended(event, start, total);
            return Result.ofBatch(total, counts);
        } catch (SQLException e) {
            throw failed(e, sql, first.values(), start, event);
        }
    }

    private String keyColumnName(String column) {
        return dialect.generatedKeyName(column);
    }

    void bindAll(PreparedStatement ps, List<@Nullable Object> values, List<@Nullable SqlType<?>> types)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            dialect.bind(ps, i + 1, values.get(i), types.get(i));
        }
    }

    /** Reads every row; values are converted to the result columns' Java types where known. */
    Result readRows(ResultSet rs, List<String> keys, List<@Nullable SqlType<?>> types, long rowCount)
            throws SQLException {
        RowReader reader = RowReader.of(rs, keys, types, dialect);
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(reader.read(rs));
        }
        return Result.ofRows(reader.meta(), rows, rowCount);
    }

    /**
     * Runs a statement that returns rows and leaves its rows in the database, to be read as the
     * result is iterated: the dialect sets the driver up to fetch {@code rowsPerFetch} rows per
     * round trip (a server-side cursor, or the driver's streaming mode). The statement and its
     * result set stay open until the returned result is closed or read to its end.
     */
    StreamingResult stream(Compiled.BoundStatement bound, int rowsPerFetch, Connection owner, Origin origin,
                           @Nullable Class<?> entity) {
        Compiled compiled = bound.compiled();
        String sql = bound.sql();
        List<@Nullable Object> values = bound.values();
        StatementExecution event = begin(sql, values, compiled.kind(), 1, origin, entity);
        long start = event != null ? System.nanoTime() : 0L; // timed only for listeners
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            ps = jdbc.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            prepare(ps);
            bindAll(ps, values, bound.types());
            rs = dialect.executeStreaming(ps, rowsPerFetch);
            RowReader reader = RowReader.of(rs, compiled.resultKeys(), compiled.resultTypes(), dialect);
            // as SQLAlchemy's after_cursor_execute: the statement has run; its rows are still to come
            ended(event, start, -1);
            return new StreamingResult(ps, rs, reader, dialect, sql, values, owner);
        } catch (SQLException e) {
            DatabaseException error = failed(e, sql, values, start, event);
            StreamingResult.closeQuietly(rs, ps, error);
            throw error;
        } catch (RuntimeException e) {
            StreamingResult.closeQuietly(rs, ps, e);
            throw e;
        }
    }

    void log(String sql, List<@Nullable Object> values) {
        if (echo) {
            Connection.LOG.info("{}\n[parameters: {}]", sql, ParameterText.of(values));
        } else if (Connection.LOG.isDebugEnabled()) {
            Connection.LOG.debug("{}\n[parameters: {}]", sql, ParameterText.of(values));
        }
    }

    /** Logs an executemany with its first parameter sets (as SQLAlchemy does, not all of a big batch). */
    private void logBatch(String sql, List<Compiled.BoundStatement> bound) {
        if (!echo && !Connection.LOG.isDebugEnabled()) {
            return;
        }
        int shown = Math.min(bound.size(), LOGGED_PARAMETER_SETS);
        StringBuilder sets = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            sets.append(i > 0 ? ", " : "").append(ParameterText.of(bound.get(i).values()));
        }
        if (shown < bound.size()) {
            sets.append(" ... displaying ").append(shown).append(" of ").append(bound.size())
                    .append(" total parameter sets");
        }
        if (echo) {
            Connection.LOG.info("{}\n[executemany, {} parameter sets: {}]", sql, bound.size(), sets);
        } else {
            Connection.LOG.debug("{}\n[executemany, {} parameter sets: {}]", sql, bound.size(), sets);
        }
    }

    private static final int LOGGED_PARAMETER_SETS = 10;

    /**
     * Logs a statement about to run and, when someone listens, its event reported as started;
     * null with no listener: an execution then allocates nothing for events.
     */
    private @Nullable StatementExecution begin(String sql, List<@Nullable Object> values, StatementKind kind,
                                               int batch, Origin origin, @Nullable Class<?> entity) {
        log(sql, values);
        return events.hasStatementListeners() ? start(sql, values, kind, batch, origin, entity) : null;
    }

    /** Reports a listened statement's success with the rows it counted or returned. */
    private void ended(@Nullable StatementExecution event, long start, long rows) {
        if (event != null) {
            event.succeeded(System.nanoTime() - start, rows);
            events.fireStatementEnd(event);
        }
    }

    /** A new execution's event, already reported to the listeners as started. */
    private StatementExecution start(String sql, List<@Nullable Object> values, StatementKind kind, int batch,
                                     Origin origin, @Nullable Class<?> entity) {
        StatementExecution event = new StatementExecution(engineName, dialect.name(), sql, values, kind, origin,
                entity, batch);
        events.fireStatementStart(event);
        return event;
    }

    /** The translated error of a failed statement, reported to the listeners of its execution. */
    private DatabaseException failed(SQLException e, String sql, List<@Nullable Object> values, long start,
                                     @Nullable StatementExecution event) {
        DatabaseException error = dialect.translate(e, sql, values);
        StatementPreparer p = preparer;
        if (p != null) {
            error = p.translated(error, e);
        }
        if (event != null) {
            event.failed(System.nanoTime() - start, error);
            events.fireStatementError(event, error);
        }
        return error;
    }

    Dialect dialect() {
        return dialect;
    }

    java.sql.Connection jdbc() {
        return jdbc;
    }

    Events events() {
        return events;
    }

    static int statementGeneratedKeys() {
        return Statement.RETURN_GENERATED_KEYS;
    }
}
