package dev.ormkit.testing;

import java.util.EnumMap;
import java.util.Map;
import dev.ormkit.engine.DatabaseUrl;
import org.opentest4j.TestAbortedException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Scratch databases for Spring contexts: one per database kind for the whole test run (Spring
 * caches one context per configuration, so a context per kind is made once), found and
 * skipped exactly as {@link DatabaseExtension} does: an unreachable server skips the test
 * class with a one-line reason, or fails it with {@code CI=true}.
 */
public final class SpringDatabases {
    private static final Map<DatabaseKind, TestDatabase> DATABASES = new EnumMap<>(DatabaseKind.class);

    private SpringDatabases() {
    }

    /** Aborts the calling test (class) when {@code kind} is unreachable or not selected; fails with CI=true. */
    public static void assumeAvailable(DatabaseKind kind) {
        if (!Servers.selected(kind)) {
            throw new TestAbortedException(kind.label() + " skipped: not in ORMKIT_TEST_DATABASES");
        }
        String unavailable = Servers.unavailableReason(kind);
        if (unavailable != null) {
            if (Servers.isCi()) {
                throw new IllegalStateException(kind.label() + " is required when CI=true but " + unavailable);
            }
            throw new TestAbortedException(kind.label() + " skipped: " + unavailable);
        }
    }

    /** The scratch database of {@code kind} for this test run, dropped when the JVM exits. */
    public static synchronized DatabaseUrl database(DatabaseKind kind) {
        TestDatabase db = DATABASES.get(kind);
        if (db == null) {
            db = Servers.scratch(kind, "spring");
            DATABASES.put(kind, db);
            TestDatabase created = db;
            Runtime.getRuntime().addShutdownHook(new Thread(created::close));
        }
        return DatabaseUrl.parse(db.url());
    }

    /** Points Boot's DataSource at the scratch database of {@code kind} (from a {@code @DynamicPropertySource}). */
    public static void register(DynamicPropertyRegistry registry, DatabaseKind kind) {
        DatabaseUrl url = database(kind);
        registry.add("spring.datasource.url", url::jdbcUrl);
        registry.add("spring.datasource.username", () -> url.username() == null ? "" : url.username());
        registry.add("spring.datasource.password", () -> url.password() == null ? "" : url.password());
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        if (kind == DatabaseKind.SQLITE) {
            registry.add("spring.datasource.hikari.data-source-properties.foreign_keys", () -> "true");
            registry.add("spring.datasource.hikari.data-source-properties.busy_timeout", () -> "5000");
        }
    }

    /** A fresh scratch database of {@code kind} of its own; the caller closes it. */
    public static TestDatabase fresh(DatabaseKind kind, String name) {
        return Servers.scratch(kind, name);
    }

    /** Closes a database {@link #fresh} made. */
    public static void drop(TestDatabase database) {
        database.close();
    }
}
