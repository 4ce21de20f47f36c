package dev.ormkit.engine;

import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.Dialects;
import dev.ormkit.event.EventSource;
import dev.ormkit.event.Events;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.sql.Compiled;
import dev.ormkit.sql.Executable;
import dev.ormkit.schema.SchemaConnectionSource;
import dev.ormkit.sql.CompiledStatements;
import org.jspecify.annotations.Nullable;

/**
 * The starting point of ormkit: a connection pool plus the dialect of its database,
 * SQLAlchemy's {@code Engine}. Thread-safe; make one per database and share it.
 *
 * <pre>{@code
 * Engine engine = Engine.create("sqlite:///myapp.db", EngineOptions.defaults().echo(true));
 * try (Connection conn = engine.connect()) {
 *     conn.execute(select(users).where(users.c("name").eq("alice"))).all();
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable, EventSource, SchemaConnectionSource {
    private final DataSource dataSource;
    private final @Nullable HikariDataSource ownedPool;
    private final EngineOptions options;
    private final Events events = new Events();
    private final String description;
    private final String name;
    /** This engine's compiled statements: engines never share one, so neither do their counts. */
    private final CompiledStatements statementCache;
    /** Null until learned from the database, for an engine over a data source given no dialect. */
    private volatile @Nullable Dialect dialect;
    private volatile boolean dialectConfirmed;

    private Engine(DataSource dataSource, @Nullable HikariDataSource ownedPool, @Nullable Dialect dialect,
                   boolean dialectConfirmed, EngineOptions options, String description, String defaultName) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.dialect = dialect;
        this.dialectConfirmed = dialectConfirmed;
        this.options = options;
        this.description = description;
        String given = options.name();
        this.name = given != null ? given : defaultName;
        this.statementCache = CompiledStatements.cache(options.statementCacheSize());
    }

    /** An engine for a URL with default options. */
    public static Engine create(String url) {
        return create(url, EngineOptions.defaults());
    }

    /**
     * An engine for a URL ({@code sqlite:///app.db}, {@code postgresql://user:pw@host/db},
     * {@code mysql+pymysql://...}, {@code h2:mem:test}, or any {@code jdbc:} URL), pooled by
     * HikariCP. As with SQLAlchemy's {@code create_engine}, no connection is opened until one
     * is needed: a wrong password or an unreachable server shows on the first {@link #connect()}.
     *
     * @throws dev.ormkit.exc.ArgumentException when the URL is malformed or names an unsupported
     *     database (the message never shows the password)
     */
    public static Engine create(String url, EngineOptions options) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        Dialect dialect = Dialects.forName(parsed.backend());
        HikariConfig config = PoolConfig.forUrl(parsed, dialect, options);
        // the no-argument constructor starts the pool on first use, not here
        HikariDataSource pool = new HikariDataSource();
        config.copyStateTo(pool);
        // MySQL and MariaDB share URLs and drivers; the server tells which one it is on first connect
        boolean confirmed = !dialect.identifiedByServer();
        return new Engine(pool, pool, dialect, confirmed, options, parsed.toString(), config.getPoolName());
    }

    /** An engine over an existing data source (Spring's, say); the dialect is read from the database on first use. */
    public static Engine of(DataSource dataSource) {
        return of(dataSource, EngineOptions.defaults());
    }

    /**
     * An engine over an existing data source; pool options in {@code options} do not apply to it
     * (the data source pools as it was configured), {@code echo} does. Nothing connects here:
     * the first connection tells which database it is, so an application can start while its
     * database is briefly down.
     */
    public static Engine of(DataSource dataSource, EngineOptions options) {
        return new Engine(dataSource, null, null, false, options, dataSource.toString(), defaultName(dataSource, null));
    }

    /**
     * An engine over an existing data source whose database is known: {@code dialect} is used
     * as given ({@code Dialects.forName("postgresql")}), and nothing connects until a
     * connection is asked for.
     */
    public static Engine of(DataSource dataSource, Dialect dialect, EngineOptions options) {
        return new Engine(dataSource, null, dialect, true, options, dataSource.toString(),
                defaultName(dataSource, dialect));
    }

    /** A HikariCP pool's name, else the database's name when known, else "default". */
    private static String defaultName(DataSource dataSource, @Nullable Dialect dialect) {
        if (dataSource instanceof HikariDataSource hikari && hikari.getPoolName() != null) {
            return hikari.getPoolName();
        }
        return dialect != null ? dialect.name() : "default";
    }

    /**
     * The dialect of the database behind a connection. MariaDB is told apart from MySQL by its
     * version string, since MariaDB servers (and drivers asked to) call themselves MySQL.
     */
    static Dialect detectDialect(java.sql.Connection jdbc) throws SQLException {
        java.sql.DatabaseMetaData md = jdbc.getMetaData();
        return Dialects.forProduct(md.getDatabaseProductName(), md.getDatabaseProductVersion());
    }

    /**
     * The dialect of this engine's database. For an engine that has not connected yet and
     * could not tell from its URL, this connects once to ask the database.
     *
     * @throws OperationalException when that connection cannot be had
     */
    public Dialect dialect() {
        Dialect d = dialect;
        if (!dialectConfirmed || d == null) {
            try (Connection c = connect()) {
                // connect() confirmed it
                return c.dialect();
            }
        }
        return d;
    }

    /**
     * The name listeners, metrics and logs know this engine by: {@link EngineOptions#name}, or
     * by default the pool's name ({@code ormkit-postgresql} for a URL engine).
     */
    public String name() {
        return name;
    }

    /** How this engine's statement cache has fared: hits, misses (compilations), size, capacity. */
    public StatementCacheStatistics statementCacheStatistics() {
        return new StatementCacheStatistics(statementCache.hits(), statementCache.compilations(), statementCache.size(),
                statementCache.capacity());
    }

    /** {@code statement} compiled for {@code dialect} through this engine's cache. */
    Compiled compile(Executable statement, Dialect dialect) {
        return statementCache.compile(statement, dialect);
    }

    /** The listeners of this engine: statement events for logging, metrics and tests. */
    @Override
    public Events events() {
        return events;
    }

    public EngineOptions options() {
        return options;
    }

    /** The data source connections come from. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A connection from the pool, waiting up to {@code poolTimeout} for one to be free. Close it
     * to give it back; uncommitted work is rolled back.
     *
     * @throws OperationalException when the database cannot be reached or the pool stays
     *     exhausted for {@code poolTimeout}
     */
    public Connection connect() {
        java.sql.Connection jdbc;
        try {
            jdbc = checkout();
        } catch (SQLException e) {
            throw connectFailed(e);
        } catch (com.zaxxer.hikari.pool.HikariPool.PoolInitializationException e) {
            // the first connection of a lazily started pool failed
            Throwable cause = e.getCause();
            throw connectFailed(cause instanceof SQLException s ? s
                    : new java.sql.SQLNonTransientConnectionException(e.getMessage(), "08001", e));
        }
        boolean restoreAutoCommit;
        boolean deferBegin;
        try {
            if (!dialectConfirmed) {
                confirmDialect(jdbc);
            }
            // ormkit always works in transactions; a borrowed data source may hand out
            // auto-commit connections, which get their setting back on close
            restoreAutoCommit = jdbc.getAutoCommit();
            // where a key read needs no transaction, the connection stays in (or, from ormkit's
            // own pool, switches to) auto-commit until another statement begins one: no driver
            // sends anything for the switch on an idle connection
            deferBegin = keyReadsNeedNoTransaction(jdbc);
            if (restoreAutoCommit != deferBegin) {
                jdbc.setAutoCommit(deferBegin);
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(jdbc);
            if (e instanceof SQLException s) {
                throw new OperationalException("Could not prepare a new connection to " + description, s);
            }
            throw (RuntimeException) e;
        }
        Connection conn = new Connection(this, jdbc, java.util.Objects.requireNonNull(dialect), restoreAutoCommit);
        if (deferBegin) {
            conn.deferTransaction();
        }
        return conn;
    }

    /** Asked once per engine: see {@link Dialect#keyReadsNeedNoTransaction}. */
    private volatile @Nullable Boolean keyReadsNeedNoTransaction;

    private boolean keyReadsNeedNoTransaction(java.sql.Connection jdbc) throws SQLException {
        Boolean known = keyReadsNeedNoTransaction;
        if (known == null) {
            known = java.util.Objects.requireNonNull(dialect).keyReadsNeedNoTransaction(jdbc);
            keyReadsNeedNoTransaction = known;
        }
        return known;
    }

    /**
     * A connection from the data source; with {@code poolPrePing}, one that answered a ping
     * just now. A connection that does not answer is thrown away, and so are the pool's other
     * idle ones (those in use go when they come back): they were opened before whatever cut it
     * off, as SQLAlchemy's pre-ping invalidates the pool. Then the next is tried.
     */
    private java.sql.Connection checkout() throws SQLException {
        java.sql.Connection jdbc = dataSource.getConnection();
        // a HikariCP data source given to Engine.of (Spring Boot's) is pinged too: HikariCP has no setting for it
        HikariDataSource hikari = ownedPool != null ? ownedPool
                : dataSource instanceof HikariDataSource given ? given : null;
        if (!options.poolPrePing() || hikari == null) {
            return jdbc;
        }
        for (int attempt = 1; ; attempt++) {
            if (answersPing(jdbc)) {
                return jdbc;
            }
            hikari.evictConnection(jdbc);
            var pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
            if (attempt == MAX_PING_ATTEMPTS) {
                // the pool hands out new connections now; one that fails its ping is a database that is down
                throw new java.sql.SQLTransientConnectionException("No connection from the pool of " + description
                        + " answered a ping (" + MAX_PING_ATTEMPTS + " tried)", "08006");
            }
            jdbc = dataSource.getConnection();
        }
    }

    private static final int MAX_PING_ATTEMPTS = 3;
    private static final int PING_TIMEOUT_SECONDS = 5;

    /** The driver's ping ({@code isValid}): a round trip to the server, false when the connection is dead. */
    private static boolean answersPing(java.sql.Connection jdbc) {
        try {
            return jdbc.isValid(PING_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A connection borrowed from {@code provider}, inside a transaction someone else owns: it
     * runs statements (each passed to {@link ConnectionProvider#beforeStatement} first), refuses
     * to commit or roll back, and closing it gives the JDBC connection back to the provider.
     *
     * @throws OperationalException when the provider has no connection to give
     */
    public Connection connect(ConnectionProvider provider) {
        java.sql.Connection jdbc;
        try {
            jdbc = provider.acquire();
        } catch (SQLException e) {
            throw new OperationalException("Could not get a connection from " + provider, e);
        }
        try {
            if (!dialectConfirmed) {
                confirmDialect(jdbc);
            }
        } catch (SQLException e) {
            provider.release(jdbc);
            throw new OperationalException("Could not tell the database of a connection from " + provider, e);
        }
        return new Connection(this, jdbc, dialect, false, provider);
    }

    private OperationalException connectFailed(SQLException e) {
        if (ownedPool != null && e instanceof java.sql.SQLTransientConnectionException) {
            var mx = ownedPool.getHikariPoolMXBean();
            int max = ownedPool.getMaximumPoolSize();
            if (mx != null && mx.getActiveConnections() >= max) {
                return new OperationalException("No connection to " + description + " was free within poolTimeout "
                        + options.poolTimeout().toMillis() + " ms: all " + max + " (poolSize " + options.poolSize()
                        + " + maxOverflow " + options.maxOverflow() + ") are checked out. Close connections"
                        + " when done (try-with-resources), or raise poolSize, maxOverflow or poolTimeout", e);
            }
        }
        return new OperationalException("Could not connect to " + description
                + "; check that the server runs and that the URL and credentials are right", e);
    }

    private static void closeQuietly(java.sql.Connection jdbc) {
        try {
            jdbc.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private void confirmDialect(java.sql.Connection jdbc) throws SQLException {
        dialect = detectDialect(jdbc);
        dialectConfirmed = true;
    }

    /**
     * A connection with a transaction begun. Call {@link Connection#commit()} to keep the work;
     * closing without it rolls back (as a session does).
     */
    public Connection begin() {
        return connect();
    }

    /**
     * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws.
     * SQLAlchemy's {@code with engine.begin() as conn:}.
     */
    public <R> R transaction(Function<Connection, R> work) {
        try (Connection conn = connect()) {
            R result;
            try {
                result = work.apply(conn);
            } catch (RuntimeException | Error e) {
                rollbackAfterFailure(conn, e);
                throw e;
            }
            conn.commit();
            return result;
        }
    }

    private static void rollbackAfterFailure(Connection conn, Throwable failure) {
        try {
            conn.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Closes the pool this engine made (an engine over a given data source leaves it open). */
    public void dispose() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    @Override
    public void close() {
        dispose();
    }

    @Override
    public String toString() {
        return "Engine(" + description + ")";
    }

    /** Builds the HikariCP configuration for a URL. */
    static final class PoolConfig {
        private PoolConfig() {
        }

        static HikariConfig forUrl(DatabaseUrl url, Dialect dialect, EngineOptions options) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url.jdbcUrl());
            if (url.username() != null) {
                config.setUsername(url.username());
            }
            if (url.password() != null) {
                config.setPassword(url.password());
            }
            String name = options.name();
            config.setPoolName(name != null ? name : "ormkit-" + url.backend());
            config.setAutoCommit(false);
            // SQLAlchemy's QueuePool keeps poolSize connections and opens up to maxOverflow
            // more under load: HikariCP's minimumIdle and maximumPoolSize
            int max = options.poolSize() + options.maxOverflow();
            int min = options.poolSize();
            boolean memory = url.isMemory();
            if (memory) {
                // an in-memory database lives in its connections: never retire them; where each
                // connection would see a database of its own, keep just one and share it
                if (dialect.inMemoryDatabasePerConnection(url.jdbcUrl())) {
                    max = 1;
                    min = 1;
                }
                config.setMaxLifetime(0);
                config.setIdleTimeout(0);
            } else if (options.poolRecycle() != null) {
                config.setMaxLifetime(options.poolRecycle().toMillis());
            }
            config.setMaximumPoolSize(max);
            config.setMinimumIdle(Math.min(min, max));
            config.setConnectionTimeout(options.poolTimeout().toMillis());
            if (options.poolPrePing()) {
                // connect() pings on every checkout (HikariCP's own check skips connections used in
                // the last 500 ms); keep-alive also replaces dropped idle connections in the background
                config.setKeepaliveTime(30_000);
            }
            dialect.connectionProperties().forEach(config::addDataSourceProperty);
            config.setJdbcUrl(dialect.pooledJdbcUrl(url.jdbcUrl(), memory));
            options.connectArgs().forEach(config::addDataSourceProperty);
            return config;
        }
    }
}
