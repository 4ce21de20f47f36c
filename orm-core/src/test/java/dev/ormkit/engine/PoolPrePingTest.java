package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/**
 * {@code poolPrePing(true)} tests a connection on every checkout, as SQLAlchemy's does: a pooled
 * connection the server dropped a moment after it was used is replaced before the caller gets
 * it. (HikariCP alone skips its check for connections used in the last 500 ms.)
 */
class PoolPrePingTest {
    private static final EngineOptions ONE_CONNECTION = EngineOptions.defaults().poolSize(1).maxOverflow(0);

    @AllDatabases
    void aConnectionDroppedRightAfterUseIsReplacedOnCheckout(TestDatabase db) {
        assumeTrue(db.kind().isServer(), "an embedded database has no server to drop connections");
        Engine engine = db.engine(ONE_CONNECTION.poolPrePing(true));
        Engine admin = db.engine();
        long first = backendId(db, engine);
        kill(db, admin, first);

        long second = backendId(db, engine); // at once, well within HikariCP's 500 ms bypass window
        assertThat(second).isNotEqualTo(first);
    }

    /** A HikariCP pool made elsewhere (Spring Boot's) and given to {@link Engine#of} is pinged too. */
    @AllDatabases
    void aGivenHikariPoolIsPingedToo(TestDatabase db) {
        assumeTrue(db.kind().isServer(), "an embedded database has no server to drop connections");
        Engine own = db.engine(ONE_CONNECTION); // its pool's settings, handed over as a Spring context would
        HikariConfig config = new HikariConfig();
        HikariDataSource from = (HikariDataSource) own.dataSource();
        config.setJdbcUrl(from.getJdbcUrl());
        config.setUsername(from.getUsername());
        config.setPassword(from.getPassword());
        config.setMaximumPoolSize(1);
        config.setAutoCommit(false);
        try (HikariDataSource given = new HikariDataSource(config)) {
            Engine engine = Engine.of(given, EngineOptions.defaults().poolPrePing(true));
            Engine admin = db.engine();
            long first = backendId(db, engine);
            kill(db, admin, first);
            assertThat(backendId(db, engine)).isNotEqualTo(first);
        }
    }

    /** Without pre-ping, the same case fails the caller: the reason the option exists. */
    @AllDatabases
    void withoutPrePingTheDroppedConnectionFailsTheNextStatement(TestDatabase db) {
        assumeTrue(db.kind().isServer(), "an embedded database has no server to drop connections");
        Engine engine = db.engine(ONE_CONNECTION);
        Engine admin = db.engine();
        long first = backendId(db, engine);
        kill(db, admin, first);

        assertThatThrownBy(() -> backendId(db, engine)).isInstanceOf(OperationalException.class);
    }

    /** What a ping per checkout costs: printed, not asserted (the figures in the README come from here). */
    @AllDatabases
    void costOfAPingPerCheckout(TestDatabase db) {
        int checkouts = 1_000;
        Engine plain = db.engine(ONE_CONNECTION);
        Engine pinging = db.engine(ONE_CONNECTION.poolPrePing(true));
        for (int round = 0; round < 2; round++) { // the first round warms up
            long without = checkoutNanos(plain, checkouts, false);
            long with = checkoutNanos(pinging, checkouts, false);
            long query = checkoutNanos(plain, checkouts, true);
            if (round == 1) {
                System.out.printf("pre-ping on %s: checkout+close %.1f us without, %.1f us with (+%.1f us);"
                                + " a SELECT 1 per checkout costs %.1f us%n", db, without / 1e3 / checkouts,
                        with / 1e3 / checkouts, (with - without) / 1e3 / checkouts, (query - without) / 1e3 / checkouts);
            }
        }
    }

    private static long checkoutNanos(Engine engine, int checkouts, boolean query) {
        long start = System.nanoTime();
        for (int i = 0; i < checkouts; i++) {
            try (Connection conn = engine.connect()) {
                if (query) {
                    conn.execute(text("SELECT 1")).scalar();
                }
            }
        }
        return System.nanoTime() - start;
    }

    private static long backendId(TestDatabase db, Engine engine) {
        String sql = db.kind() == DatabaseKind.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
        try (Connection conn = engine.connect()) {
            return ((Number) conn.execute(text(sql)).scalar()).longValue();
        }
    }

    /** Ends one backend from another connection and waits until the server has let it go. */
    private static void kill(TestDatabase db, Engine admin, long id) {
        try (Connection conn = admin.connect()) {
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), Map.of("pid", (int) id));
            } else {
                conn.execute(text("KILL " + id));
            }
            String alive = db.kind() == DatabaseKind.POSTGRESQL
                    ? "SELECT count(*) FROM pg_stat_activity WHERE pid = :id"
                    : "SELECT count(*) FROM information_schema.processlist WHERE id = :id";
            for (int i = 0; i < 200; i++) {
                conn.commit();
                if (((Number) conn.execute(text(alive), Map.of("id", id)).scalar()).longValue() == 0) {
                    return;
                }
                Thread.sleep(5);
            }
            throw new AssertionError("backend " + id + " still there after 1 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
