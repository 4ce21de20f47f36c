package dev.ormkit.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.exc.OrmException;
import dev.ormkit.schema.DdlElement;
import dev.ormkit.schema.SchemaConnection;
import dev.ormkit.sql.Compiled;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.TextClause;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pooled database connection, SQLAlchemy's {@code Connection}. A transaction begins with
 * the first statement (auto-begin); {@link #commit()} or {@link #rollback()} ends it, and
 * {@link #close()} rolls back what was not committed and returns the connection to the pool.
 * A connection borrowed from a {@link ConnectionProvider} ({@link Engine#connect(ConnectionProvider)})
 * belongs to someone else's transaction: it runs statements only, and closing it gives it back.
 * Not thread-safe.
 */
public final class Connection implements SchemaConnection {
    static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.engine");

    private final Engine engine;
    private final java.sql.Connection jdbc;
    private final Dialect dialect;
    private final StatementRunner runner;
    private final boolean restoreAutoCommit;
    /** Where a borrowed connection goes back to; null when this connection owns its transaction. */
    private final @Nullable ConnectionProvider provider;
    private final Settings settings = new Settings();
    private boolean closed;
    private int savepointCounter;
    /** Streamed results not yet closed, closed with the transaction they read in. */
    private final List<StreamingResult> openStreams = new ArrayList<>(1);
    /**
     * True while the connection is still in auto-commit mode because only key reads ran: see
     * {@link Dialect#keyReadsNeedNoTransaction}. Any other statement, a setting, a savepoint or
     * handing out the JDBC connection begins the transaction first.
     */
    private boolean transactionDeferred;

    Connection(Engine engine, java.sql.Connection jdbc, Dialect dialect, boolean restoreAutoCommit) {
        this(engine, jdbc, dialect, restoreAutoCommit, null);
    }

    Connection(Engine engine, java.sql.Connection jdbc, Dialect dialect, boolean restoreAutoCommit,
               @Nullable ConnectionProvider provider) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.restoreAutoCommit = restoreAutoCommit;
        this.provider = provider;
        this.runner = new StatementRunner(jdbc, dialect, engine.events(), engine.name(), engine.options().echo());
        if (provider != null) {
            runner.preparer(settings);
        }
    }

    /** Leaves the auto-commit connection as it is until a statement other than a key read runs. */
    void deferTransaction() {
        transactionDeferred = true;
    }

    /** Begins the transaction a key read deferred: the driver sends {@code BEGIN} with the next statement. */
    private void beginDeferred() {
        if (transactionDeferred) {
            transactionDeferred = false;
            try {
                jdbc.setAutoCommit(false);
            } catch (SQLException e) {
                throw new OperationalException("Could not begin a transaction on " + dialect.name(), e);
            }
        }
    }

    /** A read by primary key the ORM generated (never a locking one): the statements a deferred transaction lets through. */
    private static boolean isKeyRead(Executable statement, Origin origin) {
        return origin == Origin.GET && statement instanceof Select select && !select.isForUpdate();
    }

    /** True when this connection was borrowed from a {@link ConnectionProvider}: its transaction is not its own. */
    public boolean isBorrowed() {
        return provider != null;
    }

    /** The dialect of this connection's database. */
    public Dialect dialect() {
        return dialect;
    }

    /** The engine this connection came from. */
    public Engine engine() {
        return engine;
    }

    /** The underlying JDBC connection, for what ormkit does not cover. Do not close it. */
    public java.sql.Connection jdbcConnection() {
        checkOpen();
        // whoever runs statements on it expects them in the transaction
        beginDeferred();
        return jdbc;
    }

    /** Runs a statement. */
    /** Runs one DDL statement; what {@link dev.ormkit.schema.MetaData#createAll} and its kin call. */
    @Override
    public void executeDdl(DdlElement statement) {
        execute(statement);
    }

    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Runs a statement with values for its named parameters ({@code :name} in text). */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return execute(statement, parameters, coreOrigin(statement), null);
    }

    /**
     * Runs a statement for a layer built on Core (the ORM, an integration), naming why it runs
     * and for which mapped class: statement listeners see both
     * ({@link dev.ormkit.event.StatementEvent#origin()}, {@code entity()}). Otherwise the same as
     * {@link #execute(Executable, Map)}.
     */
    public Result execute(Executable statement, Map<String, ?> parameters, Origin origin, @Nullable Class<?> entity) {
        checkOpen();
        if (transactionDeferred && !isKeyRead(statement, origin)) {
            beginDeferred();
        }
        Compiled compiled = engine.compile(statement, dialect);
        return runner.run(compiled.bind(parameters, dialect), generatedKeyColumn(statement, compiled), 1, origin, entity);
    }

    /**
     * Runs a statement that returns rows and lets {@code reader} read them where they are, through
     * a {@link Cursor}, rather than as a {@link Result} of {@link Row}s: for a layer built on
     * Core that turns rows into something else at once (the ORM's objects), so that no row is
     * held twice. What the reader returns is returned; the statement is closed after it. The
     * reader must not run other statements on this connection. {@code origin} and
     * {@code entity} are as for {@link #execute(Executable, Map, Origin, Class)}.
     *
     * @throws ArgumentException when the statement returns no rows (use {@link #execute})
     */
    public <T> T read(Executable statement, Map<String, ?> parameters, Origin origin, @Nullable Class<?> entity,
                      java.util.function.Function<Cursor, T> reader) {
        checkOpen();
        if (transactionDeferred && !isKeyRead(statement, origin)) {
            beginDeferred();
        }
        Compiled compiled = engine.compile(statement, dialect);
        if (!compiled.returnsRows()) {
            throw new ArgumentException("read() reads the rows of a statement that returns rows (a SELECT, or a"
                    + " statement with RETURNING); run this one with execute() [SQL: " + compiled.sql() + "]");
        }
        return runner.read(compiled.bind(parameters, dialect), origin, entity, reader);
    }

    /**
     * Runs a statement once per parameter set ({@code executemany}). An INSERT without values
     * is sent as multi-row {@code VALUES} statements, as many rows per statement as the
     * database allows; other statements go as a JDBC batch.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return execute(statement, parameterSets, coreOrigin(statement), null);
    }

    /**
     * {@link #execute(Executable, List)} for a layer built on Core, naming why the statement
     * runs and for which mapped class, as {@link #execute(Executable, Map, Origin, Class)} does.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets, Origin origin,
                          @Nullable Class<?> entity) {
        checkOpen();
        beginDeferred();
        if (parameterSets.isEmpty()) {
            throw new ArgumentException("executemany needs at least one parameter set");
        }
        if (statement instanceof Insert insert && insert.rows().isEmpty() && insert.fromSelect() == null) {
            return new InsertManyValues(this, insert, parameterSets, origin, entity).run();
        }
        Compiled compiled = engine.compile(statement, dialect);
        return runner.runBatch(compiled, parameterSets, origin, entity);
    }

    /** The origin of a statement run on a connection directly: SQL text, DDL, or plain Core. */
    private static Origin coreOrigin(Executable statement) {
        if (statement instanceof TextClause) {
            return Origin.RAW_SQL;
        }
        return statement instanceof DdlElement ? Origin.DDL : Origin.CORE;
    }

    /**
     * Runs a statement that returns rows and reads them as they are iterated instead of all at
     * once: SQLAlchemy's {@code execution_options(stream_results=True)}. Memory stays flat
     * however many rows there are; close the result (try-with-resources) to release its cursor
     * when not reading it to the end.
     *
     * <pre>{@code
     * try (StreamingResult rows = conn.stream(select(events).orderBy(events.c("id")))) {
     *     rows.partitions(500).forEach(batch -> export(batch));
     * }
     * }</pre>
     *
     * @throws ArgumentException when the statement returns no rows (use {@link #execute})
     */
    public StreamingResult stream(Executable statement) {
        return stream(statement, Map.of(), StreamingResult.DEFAULT_ROWS_PER_FETCH);
    }

    /** {@link #stream(Executable)} with values for named parameters ({@code :name} in text). */
    public StreamingResult stream(Executable statement, Map<String, ?> parameters) {
        return stream(statement, parameters, StreamingResult.DEFAULT_ROWS_PER_FETCH);
    }

    /**
     * {@link #stream(Executable, Map)} fetching {@code rowsPerFetch} rows per round trip
     * (SQLAlchemy's {@code yield_per}): more means fewer round trips and more memory.
     */
    public StreamingResult stream(Executable statement, Map<String, ?> parameters, int rowsPerFetch) {
        return stream(statement, parameters, rowsPerFetch, coreOrigin(statement), null);
    }

    /**
     * {@link #stream(Executable, Map, int)} for a layer built on Core, naming why the statement
     * runs and for which mapped class, as {@link #execute(Executable, Map, Origin, Class)} does.
     */
    public StreamingResult stream(Executable statement, Map<String, ?> parameters, int rowsPerFetch, Origin origin,
                                  @Nullable Class<?> entity) {
        checkOpen();
        beginDeferred();
        if (rowsPerFetch <= 0) {
            throw new ArgumentException("rowsPerFetch must be at least 1, not " + rowsPerFetch);
        }
        Compiled compiled = engine.compile(statement, dialect);
        if (!compiled.returnsRows()) {
            throw new ArgumentException("stream() reads the rows of a statement that returns rows (a SELECT, or a"
                    + " statement with RETURNING); run this one with execute() [SQL: " + compiled.sql() + "]");
        }
        return runner.stream(compiled.bind(parameters, dialect), rowsPerFetch, this, origin, entity);
    }

    void opened(StreamingResult result) {
        openStreams.add(result);
    }

    void released(StreamingResult result) {
        for (int i = openStreams.size() - 1; i >= 0; i--) {
            if (openStreams.get(i) == result) {
                openStreams.remove(i);
                return;
            }
        }
    }

    /** Closes the streams still open: their cursors end with the transaction or the connection. */
    private void closeStreams(String reason) {
        if (openStreams.isEmpty()) {
            return;
        }
        for (StreamingResult r : new ArrayList<>(openStreams)) {
            r.closeBecause(reason);
        }
        openStreams.clear();
    }

    /** For an INSERT into a table with a generated key and no RETURNING: that key's column. */
    private @Nullable String generatedKeyColumn(Executable statement, Compiled compiled) {
        if (statement instanceof Insert insert && !compiled.returnsRows()) {
            var auto = InsertManyValues.autoincrementColumn(insert);
            return auto != null ? auto.name() : null;
        }
        return null;
    }

    StatementRunner runner() {
        return runner;
    }

    /**
     * Commits the current transaction (a new one begins with the next statement). An error at
     * COMMIT (a deferred constraint, a lost connection) is translated as any statement's is: a
     * deferred unique violation is an {@link dev.ormkit.exc.IntegrityException}.
     */
    public void commit() {
        checkOpen();
        requireOwnTransaction("commit");
        closeStreams("its connection committed");
        if (transactionDeferred) {
            return; // only key reads ran, each complete in itself: nothing to end
        }
        try {
            jdbc.commit();
        } catch (SQLException e) {
            throw dialect.translate(e, "COMMIT", List.of());
        }
    }

    /** Rolls back the current transaction. */
    public void rollback() {
        checkOpen();
        requireOwnTransaction("roll back");
        closeStreams("its connection rolled back");
        if (transactionDeferred) {
            return; // only key reads ran, each complete in itself: nothing to end
        }
        try {
            jdbc.rollback();
        } catch (SQLException e) {
            throw dialect.translate(e, "ROLLBACK", List.of());
        }
    }

    private void requireOwnTransaction(String what) {
        if (provider != null) {
            throw new InvalidRequestException("Cannot " + what + " a connection borrowed from " + provider
                    + ": its transaction belongs to whoever gave it out");
        }
    }

    // --- per-transaction settings --------------------------------------------------------

    /**
     * Sets the isolation level ({@link java.sql.Connection#TRANSACTION_READ_COMMITTED} and so on)
     * for the transaction about to begin; the previous level comes back when the connection is
     * closed. Call it before the first statement.
     */
    public void isolationLevel(int jdbcLevel) {
        checkOpen();
        beginDeferred();
        try {
            settings.isolation(jdbc, jdbcLevel);
        } catch (SQLException e) {
            throw new OperationalException("Could not set the transaction isolation level " + jdbcLevel
                    + " on " + dialect.name(), e);
        }
    }

    /**
     * Marks the transaction about to begin read-only (the database refuses writes where it
     * can); the previous setting comes back when the connection is closed. Call it before the
     * first statement.
     */
    public void readOnly(boolean readOnly) {
        checkOpen();
        beginDeferred();
        try {
            settings.readOnly(jdbc, dialect, readOnly);
        } catch (SQLException e) {
            throw new OperationalException("Could not make the connection " + (readOnly ? "read-only" : "read-write")
                    + " on " + dialect.name(), e);
        }
    }

    /**
     * A time limit for each statement from now on ({@code setQueryTimeout}, whole seconds,
     * rounded up): a statement that runs longer is cancelled by the driver and fails with an
     * {@link OperationalException} naming the limit. Null or zero: no limit.
     */
    public void statementTimeout(@Nullable Duration timeout) {
        checkOpen();
        settings.timeout = timeout == null || timeout.isZero() ? 0 : (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
        runner.preparer(settings);
    }

    /**
     * A savepoint in the current transaction, SQLAlchemy's {@code begin_nested()}. Release it
     * with {@link Savepoint#commit()}, undo to it with {@link Savepoint#rollback()}; closing
     * it without either rolls back to it.
     */
    public Savepoint beginNested() {
        checkOpen();
        beginDeferred();
        String name = "sp_" + (++savepointCounter);
        try {
            return new Savepoint(jdbc, dialect, jdbc.setSavepoint(name), name);
        } catch (SQLException e) {
            throw dialect.translate(e, "SAVEPOINT " + name, List.of());
        }
    }

    /** True until {@link #close()}. */
    public boolean isOpen() {
        return !closed;
    }

    private void checkOpen() {
        if (closed) {
            throw new OrmException("This connection is closed; get a new one with engine.connect()");
        }
    }

    /**
     * Rolls back what was not committed and returns the connection to the pool, with the
     * settings it had before. A borrowed connection is given back to its provider as it is:
     * its transaction goes on.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeStreams("its connection was closed");
        if (provider != null) {
            try {
                settings.restore(jdbc, dialect);
            } catch (SQLException e) {
                LOG.warn("Restoring the settings of a borrowed connection failed", e);
            } finally {
                provider.release(jdbc);
            }
            return;
        }
        try {
            try {
                endTransaction();
                // after the transaction ended: drivers refuse these changes inside one
                settings.restore(jdbc, dialect);
            } finally {
                jdbc.close();
            }
        } catch (SQLException e) {
            // the pool discards a connection whose reset failed; nothing is lost but the connection
            LOG.warn("Rolling back a connection on close failed", e);
        }
    }

    /**
     * Ends what was not committed before the connection goes back to the pool: a rollback, or a
     * commit where the dialect knows the transaction wrote nothing (the same for the data, and
     * cheaper for some databases); nothing when no transaction began.
     */
    private void endTransaction() throws SQLException {
        if (transactionDeferred) {
            // still in auto-commit: only key reads ran, nothing to roll back
            if (!restoreAutoCommit) {
                jdbc.setAutoCommit(false);
            }
            return;
        }
        if (!dialect.transactionWroteNothing(jdbc)) {
            jdbc.rollback();
        } else if (!restoreAutoCommit) {
            jdbc.commit();
        }
        if (restoreAutoCommit) {
            // commits what is left (nothing after a rollback), as JDBC does on this switch
            jdbc.setAutoCommit(true);
        }
    }

    /** A savepoint: a transaction nested in the current one. */
    public static final class Savepoint implements AutoCloseable {
        private final java.sql.Connection jdbc;
        private final Dialect dialect;
        private final java.sql.Savepoint savepoint;
        private final String name;
        private boolean done;

        Savepoint(java.sql.Connection jdbc, Dialect dialect, java.sql.Savepoint savepoint, String name) {
            this.jdbc = jdbc;
            this.dialect = dialect;
            this.savepoint = savepoint;
            this.name = name;
        }

        /** Keeps the work done since the savepoint (RELEASE SAVEPOINT). */
        public void commit() {
            if (done) {
                return;
            }
            done = true;
            try {
                jdbc.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                throw dialect.translate(e, "RELEASE SAVEPOINT " + name, List.of());
            }
        }

        /** Undoes the work done since the savepoint (ROLLBACK TO SAVEPOINT). */
        public void rollback() {
            if (done) {
                return;
            }
            done = true;
            try {
                jdbc.rollback(savepoint);
            } catch (SQLException e) {
                throw dialect.translate(e, "ROLLBACK TO SAVEPOINT " + name, List.of());
            }
        }

        /** True once committed or rolled back. */
        public boolean isDone() {
            return done;
        }

        /** The savepoint's name in SQL. */
        public String name() {
            return name;
        }

        @Override
        public void close() {
            rollback();
        }
    }

    /**
     * The settings a transaction changed on the connection, put back before it is given back
     * (HikariCP resets some of them itself, but a borrowed data source may not), and the
     * statement timeout applied to each statement.
     */
    private final class Settings implements StatementRunner.StatementPreparer {
        private int isolationBefore = -1;
        private @Nullable Boolean readOnlyBefore;
        int timeout;

        void isolation(java.sql.Connection c, int level) throws SQLException {
            int now = c.getTransactionIsolation();
            if (now != level) {
                if (isolationBefore < 0) {
                    isolationBefore = now;
                }
                c.setTransactionIsolation(level);
            }
        }

        void readOnly(java.sql.Connection c, Dialect d, boolean readOnly) throws SQLException {
            boolean now = c.isReadOnly();
            if (now != readOnly) {
                if (readOnlyBefore == null) {
                    readOnlyBefore = now;
                }
                d.readOnly(c, readOnly);
            }
        }

        void restore(java.sql.Connection c, Dialect d) throws SQLException {
            timeout = 0;
            if (readOnlyBefore != null) {
                boolean before = readOnlyBefore;
                readOnlyBefore = null;
                d.readOnly(c, before);
            }
            if (isolationBefore >= 0) {
                int before = isolationBefore;
                isolationBefore = -1;
                c.setTransactionIsolation(before);
            }
        }

        @Override
        public void prepare(Statement statement) throws SQLException {
            if (timeout > 0) {
                statement.setQueryTimeout(timeout);
            }
            if (provider != null) {
                provider.beforeStatement(statement);
            }
        }

        @Override
        public DatabaseException translated(DatabaseException error, SQLException cause) {
            if (timeout <= 0 || !dialect.isStatementTimeout(cause)) {
                return error;
            }
            SQLTimeoutException clear = new SQLTimeoutException("The statement ran longer than the statement timeout of "
                    + timeout + " s and was cancelled (" + cause.getMessage() + ")", cause.getSQLState(),
                    cause.getErrorCode(), cause);
            return new OperationalException(error.sql(), new ArrayList<>(error.parameters()), clear);
        }
    }
}
