package dev.ormkit.engine;

import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.Dialects;
import dev.ormkit.event.Events;
import dev.ormkit.exc.OperationalException;
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
public final class Engine implements AutoCloseable {
    private final DataSource dataSource;
    private final @Nullable HikariDataSource ownedPool;
    private final EngineOptions options;
    private final Events events = new Events();
    private final String description;
    private volatile Dialect dialect;
    private volatile boolean dialectConfirmed;

    private Engine(DataSource dataSource, @Nullable HikariDataSource ownedPool, Dialect dialect,
                   boolean dialectConfirmed, EngineOptions options, String description) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.dialect = dialect;
        this.dialectConfirmed = dialectConfirmed;
        this.options = options;
        this.description = description;
    }

    /** An engine for a URL with default options. */
    public static Engine create(String url) {
        return create(url, EngineOptions.defaults());
    }

    /**
     * An engine for a URL ({@code sqlite:///app.db}, {@code postgresql://user:pw@host/db},
     * {@code mysql+pymysql://...}, {@code h2:mem:test}, or any {@code jdbc:} URL), pooled by
     * HikariCP. No connection is opened until one is needed.
     */
    public static Engine create(String url, EngineOptions options) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        Dialect dialect = Dialects.forName(parsed.backend());
        HikariDataSource pool = new HikariDataSource(PoolConfig.forUrl(parsed, dialect, options));
        // MySQL and MariaDB share URLs; the server tells which one it is on first connect
        boolean confirmed = !(parsed.backend().equals("mysql") || parsed.backend().equals("mariadb"));
        return new Engine(pool, pool, dialect, confirmed, options, parsed.toString());
    }

    /** An engine over an existing data source (Spring's, say); the dialect is read from the database. */
    public static Engine of(DataSource dataSource) {
        return of(dataSource, EngineOptions.defaults());
    }

    /** An engine over an existing data source; pool options in {@code options} do not apply to it. */
    public static Engine of(DataSource dataSource, EngineOptions options) {
        Dialect dialect;
        try (java.sql.Connection c = dataSource.getConnection()) {
            dialect = Dialects.forProductName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new OperationalException("(connect)", java.util.List.of(), e);
        }
        return new Engine(dataSource, null, dialect, true, options, dataSource.toString());
    }

    /** The dialect of this engine's database. */
    public Dialect dialect() {
        if (!dialectConfirmed) {
            try (Connection c = connect()) {
                // connect() confirmed it
                c.dialect();
            }
        }
        return dialect;
    }

    /** The listeners of this engine: statement events for logging, metrics and tests. */
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

    /** A connection from the pool. Close it to give it back; uncommitted work is rolled back. */
    public Connection connect() {
        java.sql.Connection jdbc;
        try {
            jdbc = dataSource.getConnection();
        } catch (SQLException e) {
            throw new OperationalException("(connect to " + description + ")", java.util.List.of(), e);
        }
        if (!dialectConfirmed) {
            confirmDialect(jdbc);
        }
        return new Connection(this, jdbc, dialect);
    }

    private void confirmDialect(java.sql.Connection jdbc) {
        try {
            String product = jdbc.getMetaData().getDatabaseProductName();
            String version = jdbc.getMetaData().getDatabaseProductVersion();
            if (version != null && version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
                product = "MariaDB";
            }
            dialect = Dialects.forProductName(product);
            dialectConfirmed = true;
        } catch (SQLException e) {
            throw new OperationalException("(read database metadata)", java.util.List.of(), e);
        }
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
            R result = work.apply(conn);
            conn.commit();
            return result;
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
            config.setPoolName("ormkit-" + url.backend());
            config.setAutoCommit(false);
            int max = options.poolSize() + options.maxOverflow();
            int min = options.poolSize();
            if (url.isMemory()) {
                // an in-memory database lives in its connections: keep one, share it, never retire it
                if (url.backend().equals("sqlite")) {
                    max = 1;
                    min = 1;
                }
                config.setMaxLifetime(0);
                config.setIdleTimeout(0);
            }
            config.setMaximumPoolSize(max);
            config.setMinimumIdle(Math.min(min, max));
            config.setConnectionTimeout(options.poolTimeout().toMillis());
            if (options.poolRecycle() != null) {
                config.setMaxLifetime(options.poolRecycle().toMillis());
            }
            if (options.poolPrePing()) {
                config.setKeepaliveTime(30_000);
            }
            if (dialect.name().equals("sqlite")) {
                // SQLite enforces foreign keys only when asked, per connection
                config.setConnectionInitSql("PRAGMA foreign_keys = ON");
                config.addDataSourceProperty("busy_timeout", "5000");
            }
            if (url.backend().equals("h2") && url.isMemory() && !url.jdbcUrl().contains("DB_CLOSE_DELAY")) {
                config.setJdbcUrl(url.jdbcUrl() + ";DB_CLOSE_DELAY=-1");
            }
            options.connectArgs().forEach(config::addDataSourceProperty);
            return config;
        }
    }
}
