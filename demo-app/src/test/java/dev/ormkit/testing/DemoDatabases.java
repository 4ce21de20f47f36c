package dev.ormkit.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import dev.ormkit.engine.DatabaseUrl;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database {@code demo} on the local PostgreSQL or MariaDB server, emptied for each test run
 * (the demo's own database, so its tables never meet other tests' tables in {@code test}), and
 * the skip rule of the other server tests: unreachable skips with a one-line reason, or fails
 * with {@code CI=true}.
 */
public final class DemoDatabases {
    private DemoDatabases() {
    }

    /** Why {@code kind} cannot be used, or null when it can. */
    public static String unavailable(DatabaseKind kind) {
        if (!Servers.selected(kind)) {
            return kind.label() + " skipped: not in ORMKIT_TEST_DATABASES";
        }
        String reason = Servers.unavailableReason(kind);
        if (reason == null) {
            return null;
        }
        if (Servers.isCi()) {
            throw new IllegalStateException(kind.label() + " is required when CI=true but " + reason);
        }
        return kind.label() + " skipped: " + reason;
    }

    /** A JDBC URL of an empty database {@code demo} on the server of {@code kind}. */
    public static synchronized DatabaseUrl freshDemo(DatabaseKind kind) {
        String env = kind == DatabaseKind.POSTGRESQL ? "ORMKIT_TEST_POSTGRES_URL" : "ORMKIT_TEST_MARIADB_URL";
        String base = System.getenv(env);
        if (base == null || base.isBlank()) {
            base = kind == DatabaseKind.POSTGRESQL ? Servers.DEFAULT_POSTGRES : Servers.DEFAULT_MARIADB;
        }
        DatabaseUrl admin = DatabaseUrl.parse(base);
        DatabaseUrl demo = DatabaseUrl.parse(withDatabase(base, "demo"));
        try {
            if (kind == DatabaseKind.POSTGRESQL) {
                try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), Servers.credentials(admin));
                     Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'demo'")) {
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE demo");
                    }
                }
                try (Connection c = DriverManager.getConnection(demo.jdbcUrl(), Servers.credentials(demo));
                     Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS public CASCADE");
                    s.execute("CREATE SCHEMA public");
                }
            } else {
                try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), Servers.credentials(admin));
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS demo");
                    s.execute("CREATE DATABASE IF NOT EXISTS demo");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database demo on " + admin + ": " + e.getMessage(), e);
        }
        return demo;
    }

    private static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String query = q >= 0 ? url.substring(q) : "";
        String head = q >= 0 ? url.substring(0, q) : url;
        int slash = head.indexOf('/', head.indexOf("://") + 3);
        return (slash >= 0 ? head.substring(0, slash) : head) + "/" + database + query;
    }

    /** Skips a test class when PostgreSQL is unreachable (fails with CI=true). */
    public static final class PostgresAvailable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = unavailable(DatabaseKind.POSTGRESQL);
            return reason == null ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                    : ConditionEvaluationResult.disabled(reason);
        }
    }

    /** Skips a test class when MariaDB is unreachable (fails with CI=true). */
    public static final class MariaDbAvailable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = unavailable(DatabaseKind.MARIADB);
            return reason == null ? ConditionEvaluationResult.enabled("MariaDB reachable")
                    : ConditionEvaluationResult.disabled(reason);
        }
    }
}
