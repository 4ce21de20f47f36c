package dev.ormkit.testing;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.EngineOptions;

/**
 * One database a test runs on, with an isolated scratch space (an H2 memory database, a
 * SQLite file, a PostgreSQL schema or a MariaDB database) that is dropped afterwards.
 */
public final class TestDatabase {
    private final DatabaseKind kind;
    private final String url;
    private final List<Engine> engines = new ArrayList<>();
    private final Runnable cleanup;

    TestDatabase(DatabaseKind kind, String url, Runnable cleanup) {
        this.kind = kind;
        this.url = url;
        this.cleanup = cleanup;
    }

    /** Which database this is. */
    public DatabaseKind kind() {
        return kind;
    }

    /** The ormkit URL of the scratch database. */
    public String url() {
        return url;
    }

    /** An engine on the scratch database (a new one per call), disposed after the test. */
    public Engine engine() {
        return engine(EngineOptions.defaults().poolSize(2).maxOverflow(2));
    }

    /** An engine with the given options, disposed after the test. */
    public Engine engine(EngineOptions options) {
        Engine e = Engine.create(url, options);
        engines.add(e);
        return e;
    }

    void close() {
        for (Engine e : engines) {
            e.dispose();
        }
        cleanup.run();
    }

    @Override
    public String toString() {
        return kind.label();
    }
}
