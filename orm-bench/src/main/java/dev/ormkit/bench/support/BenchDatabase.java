package dev.ormkit.bench.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The database of a trial: a HikariCP pool over a fresh scratch space holding the
 * {@link BenchSchema} tables. Every implementation (JDBC, ormkit, Hibernate, jOOQ) borrows its
 * connections from this one pool, so pool settings and driver options are the same for all.
 */
@State(Scope.Benchmark)
public class BenchDatabase {
    /** Which database this trial runs on: {@code h2} or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String database = "h2";

    private @Nullable Database target;
    private @Nullable HikariDataSource pool;

    /** Opens the pool and creates the schema. */
    @Setup(Level.Trial)
    public void start() throws SQLException {
        Database db = Database.named(database);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl("bench" + ProcessHandle.current().pid()));
        config.setPoolName("bench-" + database);
        // the benchmarks are single-threaded; two spare connections cover a session holding one
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        try (Connection admin = java.sql.DriverManager.getConnection(config.getJdbcUrl())) {
            db.createScratch(admin);
        }
        HikariDataSource ds = new HikariDataSource(config);
        try (Connection conn = ds.getConnection()) {
            BenchSchema.create(conn);
        }
        this.target = db;
        this.pool = ds;
    }

    /** Drops the scratch space and closes the pool. */
    @TearDown(Level.Trial)
    public void stop() throws SQLException {
        HikariDataSource ds = pool;
        if (ds == null || target == null) {
            return;
        }
        try (Connection conn = ds.getConnection()) {
            target.dropScratch(conn);
        } finally {
            ds.close();
            pool = null;
        }
    }

    /** The database this trial runs on. */
    public Database target() {
        if (target == null) {
            throw new IllegalStateException("BenchDatabase.start() has not run");
        }
        return target;
    }

    /** The shared connection pool. */
    public DataSource dataSource() {
        if (pool == null) {
            throw new IllegalStateException("BenchDatabase.start() has not run");
        }
        return pool;
    }

    /** Empties tables (children first), between iterations of the writing workloads. */
    public void deleteAll(String... tables) throws SQLException {
        try (Connection conn = dataSource().getConnection(); Statement s = conn.createStatement()) {
            for (String table : tables) {
                // TRUNCATE keeps the table small and its statistics fresh; both databases accept it
                s.execute("TRUNCATE TABLE " + table);
            }
            if (!conn.getAutoCommit()) {
                conn.commit();
            }
        }
    }

    /**
     * {@code SELECT count(*) FROM <from>}, for the checks after a writing iteration; {@code from}
     * is a table, optionally with a {@code WHERE} clause, written by the benchmark code itself.
     */
    public long count(String from) throws SQLException {
        try (Connection conn = dataSource().getConnection(); Statement s = conn.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
