package dev.ormkit.reliability.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import dev.ormkit.engine.DatabaseUrl;
import org.opentest4j.TestAbortedException;

/**
 * A database server the suite runs on, and what differs between them: how to name a
 * connection's backend, kill it, count open transactions, and sleep in SQL. The suite's
 * tables live in a database of their own, {@code reliability}, created on first use, so
 * nothing else on the server is touched (killing "all connections" means this database's).
 */
public enum Server {
    /** PostgreSQL: {@code ORMKIT_TEST_POSTGRES_URL}, by default the local server. */
    POSTGRESQL("postgresql", "ORMKIT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test") {
        @Override
        void createDatabase(Statement admin) throws SQLException {
            try (ResultSet rs = admin.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            admin.execute("CREATE DATABASE " + DATABASE);
        }

        @Override
        public String backendIdSql() {
            return "SELECT pg_backend_pid()";
        }

        @Override
        void kill(Statement admin, long backendId) throws SQLException {
            // waits (up to 5 s) until the backend has gone, so the next statement surely meets a dead connection
            admin.execute("SELECT pg_terminate_backend(" + backendId + ", 5000)");
        }

        @Override
        String otherBackendsSql() {
            return "SELECT pid FROM pg_stat_activity WHERE datname = '" + DATABASE + "' AND pid <> pg_backend_pid()";
        }

        @Override
        String openTransactionsSql() {
            return "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + DATABASE
                    + "' AND state LIKE 'idle in transaction%'";
        }

        @Override
        public String sleepSql(int seconds) {
            return "SELECT pg_sleep(" + seconds + ")";
        }
    },

    /** MariaDB: {@code ORMKIT_TEST_MARIADB_URL}, by default the local server. */
    MARIADB("mariadb", "ORMKIT_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test") {
        @Override
        void createDatabase(Statement admin) throws SQLException {
            admin.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        }

        @Override
        public String backendIdSql() {
            return "SELECT CONNECTION_ID()";
        }

        @Override
        void kill(Statement admin, long backendId) throws SQLException {
            admin.execute("KILL " + backendId);
        }

        @Override
        String otherBackendsSql() {
            return "SELECT id FROM information_schema.processlist WHERE db = '" + DATABASE + "' AND id <> CONNECTION_ID()";
        }

        @Override
        String openTransactionsSql() {
            return "SELECT count(*) FROM information_schema.innodb_trx t JOIN information_schema.processlist p"
                    + " ON p.id = t.trx_mysql_thread_id WHERE p.db = '" + DATABASE + "' AND p.id <> CONNECTION_ID()";
        }

        @Override
        public String sleepSql(int seconds) {
            return "SELECT SLEEP(" + seconds + ")";
        }
    };

    /** The suite's own database on each server. */
    public static final String DATABASE = "reliability";

    private final String platform;
    private final String environmentVariable;
    private final String defaultUrl;
    private DatabaseUrl url;
    private String problem;

    Server(String platform, String environmentVariable, String defaultUrl) {
        this.platform = platform;
        this.environmentVariable = environmentVariable;
        this.defaultUrl = defaultUrl;
    }

    abstract void createDatabase(Statement admin) throws SQLException;

    /** A query answering the current connection's backend (process or thread) id. */
    public abstract String backendIdSql();

    abstract void kill(Statement admin, long backendId) throws SQLException;

    abstract String otherBackendsSql();

    abstract String openTransactionsSql();

    /** A statement that sleeps {@code seconds} on the server. */
    public abstract String sleepSql(int seconds);

    /** The name of the schema script's platform ({@code schema-<platform>.sql}). */
    public String platform() {
        return platform;
    }

    /**
     * Aborts the calling test class with a one-line reason when the server cannot be reached
     * (fails instead with {@code CI=true}, where a missing server must not pass as green).
     */
    public void assumeAvailable() {
        String reason = unavailableReason();
        if (reason != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(this + " is required when CI=true but " + reason);
            }
            throw new TestAbortedException(this + " skipped: " + reason);
        }
    }

    /** The {@code reliability} database's URL (made on first use), or fails when unreachable. */
    public synchronized DatabaseUrl url() {
        if (url == null && problem == null) {
            locate();
        }
        if (url == null) {
            throw new IllegalStateException(this + " unavailable: " + problem);
        }
        return url;
    }

    private synchronized String unavailableReason() {
        if (url == null && problem == null) {
            locate();
        }
        return problem;
    }

    private void locate() {
        String configured = System.getenv(environmentVariable);
        String text = configured == null || configured.isBlank() ? defaultUrl : configured;
        DatabaseUrl base = DatabaseUrl.parse(text);
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(base.jdbcUrl(), credentials(base));
                Statement admin = c.createStatement()) {
            createDatabase(admin);
            // the same server and credentials, the database part of the URL replaced
            int path = text.indexOf('/', text.indexOf("//") + 2);
            int query = text.indexOf('?', path);
            url = DatabaseUrl.parse(text.substring(0, path + 1) + DATABASE + (query < 0 ? "" : text.substring(query)));
        } catch (SQLException e) {
            problem = "cannot connect to " + base.host() + ":" + base.port() + " (" + e.getMessage() + ")";
        }
    }

    private static Properties credentials(DatabaseUrl u) {
        Properties p = new Properties();
        p.setProperty("user", u.username() == null ? "" : u.username());
        p.setProperty("password", u.password() == null ? "" : u.password());
        return p;
    }

    /** A connection of its own to the {@code reliability} database, outside the application's pool. */
    public Connection adminConnection() throws SQLException {
        DatabaseUrl u = url();
        return DriverManager.getConnection(u.jdbcUrl(), credentials(u));
    }

    /** Kills the connection whose backend id is {@code backendId}, as an administrator would. */
    public void kill(long backendId) {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            kill(s, backendId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not kill backend " + backendId + " on " + this, e);
        }
    }

    /** Kills every connection to the {@code reliability} database but the one doing it; returns how many. */
    public int killAll() {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(otherBackendsSql())) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                try {
                    kill(s, id);
                } catch (SQLException gone) {
                    // the connection ended between the listing and the kill
                }
            }
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not kill the connections to " + DATABASE + " on " + this, e);
        }
    }

    /** Transactions open on the {@code reliability} database ({@code idle in transaction}, InnoDB transactions). */
    public int openTransactions() {
        try (Connection c = adminConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(openTransactionsSql())) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count open transactions on " + this, e);
        }
    }

    /** The server's version as it reports it, e.g. {@code 15.20} or {@code 10.11.19-MariaDB}. */
    public String version() {
        try (Connection c = adminConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the version of " + this, e);
        }
    }

    /** True when the server has {@code NOWAIT} and {@code SKIP LOCKED} (PostgreSQL 9.5+, MariaDB 10.6+). */
    public boolean hasLockOptions() {
        if (this == POSTGRESQL) {
            return true;
        }
        String[] v = version().split("[.-]");
        int major = Integer.parseInt(v[0]);
        int minor = Integer.parseInt(v[1]);
        return major > 10 || (major == 10 && minor >= 6);
    }

    @Override
    public String toString() {
        return this == POSTGRESQL ? "PostgreSQL" : "MariaDB";
    }
}
