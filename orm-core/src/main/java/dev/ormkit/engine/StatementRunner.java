package dev.ormkit.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.ColumnReader;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.event.Events;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.ParameterText;
import dev.ormkit.schema.SqlType;
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
    private final boolean echo;

    StatementRunner(java.sql.Connection jdbc, Dialect dialect, Events events, boolean echo) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.events = events;
        this.echo = echo;
    }

    /**
     * Runs one statement. {@code generatedKeyColumn} names the key column to read back through
     * {@code getGeneratedKeys} after an INSERT without RETURNING (null: none).
     */
    Result run(Compiled.BoundStatement bound, @Nullable String generatedKeyColumn) {
        return run(bound, generatedKeyColumn, 1);
    }

    /**
     * Runs one statement that carries {@code rows} parameter sets (a multi-row INSERT), so
     * listeners see it as one statement of that batch size.
     */
    Result run(Compiled.BoundStatement bound, @Nullable String generatedKeyColumn, int rows) {
        Compiled compiled = bound.compiled();
        String sql = bound.sql();
        List<@Nullable Object> values = bound.values();
        log(sql, values);
        boolean listening = events.hasStatementListeners();
        if (listening) {
            events.fireStatementStart(event(sql, values, compiled.kind(), rows, 0, -1));
        }
        long start = System.nanoTime();
        try (PreparedStatement ps = generatedKeyColumn != null
                ? jdbc.prepareStatement(sql, new String[] {keyColumnName(generatedKeyColumn)})
                : jdbc.prepareStatement(sql)) {
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
            if (listening) {
                events.fireStatementEnd(event(sql, values, compiled.kind(), rows, System.nanoTime() - start,
                        result.rowCountOrSize()));
            }
            return result;
        } catch (SQLException e) {
            throw failed(e, sql, values, compiled.kind(), rows, start, listening);
        }
    }

    /** Runs one statement with many parameter sets as a JDBC batch. */
    Result runBatch(Compiled compiled, List<? extends Map<String, ?>> parameterSets) {
        List<Compiled.BoundStatement> bound = new ArrayList<>(parameterSets.size());
        for (Map<String, ?> params : parameterSets) {
            Compiled.BoundStatement b = compiled.bind(params);
            if (!bound.isEmpty() && !b.sql().equals(bound.get(0).sql())) {
                throw new dev.ormkit.exc.ArgumentException("Every parameter set of an executemany must expand to the"
                        + " same SQL; collections of different sizes do not");
            }
            bound.add(b);
        }
        Compiled.BoundStatement first = bound.get(0);
        String sql = first.sql();
        logBatch(sql, bound);
        boolean listening = events.hasStatementListeners();
        if (listening) {
            events.fireStatementStart(event(sql, first.values(), compiled.kind(), bound.size(), 0, -1));
        }
        long start = System.nanoTime();
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            for (Compiled.BoundStatement b : bound) {
                bindAll(ps, b.values(), b.types());
                ps.addBatch();
            }
            long total = 0;
            long[] counts = ps.executeLargeBatch();
            for (long n : counts) {
                total += n >= 0 ? n : 0;
            }
            if (listening) {
                events.fireStatementEnd(event(sql, first.values(), compiled.kind(), bound.size(),
                        System.nanoTime() - start, total));
            }
            return Result.ofBatch(total, counts);
        } catch (SQLException e) {
            throw failed(e, sql, first.values(), compiled.kind(), bound.size(), start, listening);
        }
    }

    private String keyColumnName(String column) {
        // H2 reports generated keys by the catalog's (upper-case) name
        return dialect.name().equals("h2") && !dialect.needsQuoting(column)
                ? column.toUpperCase(java.util.Locale.ROOT) : column;
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
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        ColumnReader[] readers = new ColumnReader[n]; // each column's conversion chosen once, not per value
        for (int i = 0; i < n; i++) {
            readers[i] = dialect.columnReader(i < types.size() ? types.get(i) : null);
        }
        RowMetadata meta = new RowMetadata(keys.size() == n ? keys : columnNames(md, keys));
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = readers[i].read(rs, i + 1);
            }
            rows.add(new Row(meta, values));
        }
        return Result.ofRows(meta, rows, rowCount);
    }

    /** The result's keys: those the statement names, then the driver's labels for the rest. */
    private List<String> columnNames(ResultSetMetaData md, List<String> keys) throws SQLException {
        int n = md.getColumnCount();
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(i < keys.size() ? keys.get(i) : dialect.normalizeName(md.getColumnLabel(i + 1)));
        }
        return names;
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

    StatementEvent event(String sql, List<@Nullable Object> values, StatementKind kind, int batch,
                         long nanos, long rows) {
        return new StatementEvent(sql, values, kind, batch, nanos, rows, dialect.name());
    }

    DatabaseException failed(SQLException e, String sql, List<@Nullable Object> values, StatementKind kind,
                             int batch, long start, boolean listening) {
        DatabaseException error = dialect.translate(e, sql, values);
        if (listening) {
            events.fireStatementError(event(sql, values, kind, batch, System.nanoTime() - start, -1), error);
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
