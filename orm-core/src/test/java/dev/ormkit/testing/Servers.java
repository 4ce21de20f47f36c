package dev.ormkit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import dev.ormkit.engine.DatabaseUrl;

/**
 * Finds the database servers the tests use: PostgreSQL and MariaDB at their local defaults,
 * or where {@code ORMKIT_TEST_POSTGRES_URL} / {@code ORMKIT_TEST_MARIADB_URL} point, or in
 * Testcontainers when neither is reachable and Docker is.
 */
final class Servers {
    static final String DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test";
    static final String DEFAULT_MARIADB = "mariadb://root@127.0.0.1:3306/test";

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN_ID = Long.toString(ProcessHandle.current().pid(), 36);
    private static final Map<DatabaseKind, String> BASE_URLS = new EnumMap<>(DatabaseKind.class);
    private static final Map<DatabaseKind, String> PROBLEMS = new EnumMap<>(DatabaseKind.class);

    private Servers() {
    }

    static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Whether {@code ORMKIT_TEST_DATABASES} (default: all) includes this database. */
    static boolean selected(DatabaseKind kind) {
        String only = System.getenv("ORMKIT_TEST_DATABASES");
        if (only == null || only.isBlank()) {
            return true;
        }
        for (String s : only.split(",")) {
            if (s.trim().equalsIgnoreCase(kind.name()) || s.trim().equalsIgnoreCase(kind.label())) {
                return true;
            }
        }
        return false;
    }

    /** Null when the database can be used, else why not (one line). */
    static synchronized String unavailableReason(DatabaseKind kind) {
        if (!kind.isServer()) {
            return null;
        }
        if (!BASE_URLS.containsKey(kind) && !PROBLEMS.containsKey(kind)) {
            locate(kind);
        }
        return PROBLEMS.get(kind);
    }

    private static void locate(DatabaseKind kind) {
        String env = kind == DatabaseKind.POSTGRESQL ? "ORMKIT_TEST_POSTGRES_URL" : "ORMKIT_TEST_MARIADB_URL";
        String url = System.getenv(env);
        if (url == null || url.isBlank()) {
            url = kind == DatabaseKind.POSTGRESQL ? DEFAULT_POSTGRES : DEFAULT_MARIADB;
        }
        String problem = probe(url);
        if (problem == null) {
            BASE_URLS.put(kind, url);
            return;
        }
        String container = Containers.start(kind);
        if (container != null) {
            BASE_URLS.put(kind, container);
            return;
        }
        PROBLEMS.put(kind, "not reachable at " + DatabaseUrl.parse(url) + " (" + problem
                + "); set " + env + " or make Docker available for Testcontainers");
    }

    private static String probe(String url) {
        DatabaseUrl u = DatabaseUrl.parse(url);
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(u.jdbcUrl(), credentials(u))) {
            return c.isValid(3) ? null : "connection not valid";
        } catch (SQLException e) {
            String m = e.getMessage();
            return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        }
    }

    static Properties credentials(DatabaseUrl u) {
        Properties p = new Properties();
        if (u.username() != null) {
            p.setProperty("user", u.username());
        }
        if (u.password() != null) {
            p.setProperty("password", u.password());
        }
        return p;
    }

    /** A fresh, empty database of this kind, and how to drop it. */
    static TestDatabase scratch(DatabaseKind kind, String testName) {
        String name = "t_" + RUN_ID + "_" + COUNTER.incrementAndGet();
        switch (kind) {
            case H2: {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                return new TestDatabase(kind, url, () -> runAdmin(url, null, "SHUTDOWN"));
            }
            case SQLITE: {
                try {
                    Path dir = Files.createDirectories(Path.of("target", "sqlite"));
                    Path file = dir.resolve(name + ".db").toAbsolutePath();
                    Files.deleteIfExists(file);
                    return new TestDatabase(kind, "sqlite:///" + file, () -> {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException e) {
                            // left in target/, removed by the next clean
                        }
                    });
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot create a SQLite file under target/", e);
                }
            }
            case POSTGRESQL: {
                String base = BASE_URLS.get(kind);
                runAdmin(base, null, "CREATE SCHEMA " + name);
                String sep = base.contains("?") ? "&" : "?";
                return new TestDatabase(kind, base + sep + "currentSchema=" + name,
                        () -> runAdmin(base, null, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
            }
            case MARIADB: {
                String base = BASE_URLS.get(kind);
                runAdmin(base, null, "CREATE DATABASE " + name);
                String url = withDatabase(base, name);
                return new TestDatabase(kind, url, () -> runAdmin(base, null, "DROP DATABASE IF EXISTS " + name));
            }
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    private static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String query = q >= 0 ? url.substring(q) : "";
        String head = q >= 0 ? url.substring(0, q) : url;
        int slash = head.indexOf('/', head.indexOf("://") + 3);
        return (slash >= 0 ? head.substring(0, slash) : head) + "/" + database + query;
    }

    private static void runAdmin(String url, String unused, String sql) {
        DatabaseUrl u = DatabaseUrl.parse(url);
        try (Connection c = DriverManager.getConnection(u.jdbcUrl(), credentials(u));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            if (!sql.toUpperCase(Locale.ROOT).startsWith("SHUTDOWN")) {
                throw new IllegalStateException("Test set-up failed: " + sql + ": " + e.getMessage(), e);
            }
        }
    }
}
