package dev.ormkit.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scratch databases of every kind at once, for tests that compare the databases with each
 * other (an {@link AllDatabases} test sees one database per invocation). A server that cannot
 * be reached is left out and its one-line reason kept in {@link #skipped()}; with
 * {@code CI=true} it fails instead, as {@link DatabaseExtension} does.
 */
public final class ScratchDatabases implements AutoCloseable {
    private final List<TestDatabase> databases = new ArrayList<>();
    private final Map<DatabaseKind, String> skipped = new EnumMap<>(DatabaseKind.class);

    private ScratchDatabases() {
    }

    /** Opens one scratch database of each selected kind that is available. */
    public static ScratchDatabases open(String testName) {
        ScratchDatabases out = new ScratchDatabases();
        for (DatabaseKind kind : DatabaseKind.values()) {
            if (!Servers.selected(kind)) {
                out.skipped.put(kind, "not selected by ORMKIT_TEST_DATABASES");
                continue;
            }
            String reason = Servers.unavailableReason(kind);
            if (reason != null) {
                if (Servers.isCi()) {
                    throw new IllegalStateException(kind.label() + " is required when CI=true but " + reason);
                }
                out.skipped.put(kind, reason);
                continue;
            }
            out.databases.add(Servers.scratch(kind, testName));
        }
        return out;
    }

    /** The databases opened, H2 and SQLite always among them. */
    public List<TestDatabase> databases() {
        return databases;
    }

    /** The databases left out, each with why. */
    public Map<DatabaseKind, String> skipped() {
        return skipped;
    }

    /** Disposes the engines and drops every scratch database. */
    @Override
    public void close() {
        for (TestDatabase db : databases) {
            db.close();
        }
        databases.clear();
    }
}
