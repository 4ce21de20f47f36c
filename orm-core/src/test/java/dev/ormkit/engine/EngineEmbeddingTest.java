package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import dev.ormkit.dialect.Dialects;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.model.User;
import dev.ormkit.orm.SessionFactory;
import org.junit.jupiter.api.Test;

/** An engine built over someone else's data source: it connects only when used, and keeps its own caches. */
class EngineEmbeddingTest {

    /** A data source whose database can be "down", counting the connections asked for. */
    static final class FlakyDataSource implements DataSource {
        final DataSource real;
        final AtomicBoolean down = new AtomicBoolean(true);
        final AtomicInteger asked = new AtomicInteger();

        FlakyDataSource(DataSource real) {
            this.real = real;
        }

        @Override
        public java.sql.Connection getConnection() throws SQLException {
            asked.incrementAndGet();
            if (down.get()) {
                throw new java.sql.SQLTransientConnectionException("database is starting up", "08001");
            }
            return real.getConnection();
        }

        @Override
        public java.sql.Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void anEngineOverADataSourceStartsWhileTheDatabaseIsDown() {
        try (Engine pool = Engine.create("h2:mem:embedding_" + System.nanoTime())) {
            FlakyDataSource ds = new FlakyDataSource(pool.dataSource());
            Engine engine = Engine.of(ds);
            // an application's start-up: the engine and its session factory, with the database down
            SessionFactory sessions = SessionFactory.builder(engine).classes(User.class).build();
            assertThat(sessions.mappings()).isNotEmpty();
            assertThat(ds.asked).hasValue(0);
            assertThat(engine.name()).isEqualTo("default");
            assertThatThrownBy(engine::connect).isInstanceOf(OperationalException.class);
            ds.down.set(false);
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
            }
            assertThat(engine.dialect().name()).isEqualTo("h2");
        }
    }

    @Test
    void aGivenDialectNeedsNoConnection() {
        try (Engine pool = Engine.create("h2:mem:embedding_" + System.nanoTime())) {
            FlakyDataSource ds = new FlakyDataSource(pool.dataSource());
            Engine engine = Engine.of(ds, Dialects.forName("h2"), EngineOptions.defaults().name("orders"));
            assertThat(engine.dialect().name()).isEqualTo("h2");
            assertThat(engine.name()).isEqualTo("orders");
            assertThat(ds.asked).hasValue(0);
        }
    }

    @Test
    void enginesKeepTheirOwnStatementCaches() {
        try (Engine a = Engine.create("h2:mem:cache_a_" + System.nanoTime(), EngineOptions.defaults().statementCacheSize(7));
             Engine b = Engine.create("h2:mem:cache_b_" + System.nanoTime())) {
            for (int i = 0; i < 3; i++) {
                try (Connection conn = a.connect()) {
                    conn.execute(text("SELECT 1 + :n"), java.util.Map.of("n", i));
                }
            }
            assertThat(a.statementCacheStatistics().misses()).isEqualTo(1);
            assertThat(a.statementCacheStatistics().hits()).isEqualTo(2);
            assertThat(a.statementCacheStatistics().capacity()).isEqualTo(7);
            assertThat(b.statementCacheStatistics().misses()).isZero();
            assertThat(b.statementCacheStatistics().hits()).isZero();
            assertThat(a.name()).isEqualTo("ormkit-h2");
        }
    }
}
