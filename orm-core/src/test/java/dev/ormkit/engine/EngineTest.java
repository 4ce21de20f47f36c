package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class EngineTest {

    private static long one(Engine engine) {
        try (Connection conn = engine.connect()) {
            return conn.execute(text("SELECT 1")).scalar(Long.class);
        }
    }

    @Test
    void sqliteFileAbsoluteAndMemoryUrls(@TempDir Path dir) {
        Path file = dir.resolve("app.db");
        try (Engine engine = Engine.create("sqlite:///" + file.toAbsolutePath())) {
            assertThat(engine.dialect().name()).isEqualTo("sqlite");
            assertThat(one(engine)).isEqualTo(1L);
        }
        assertThat(Files.exists(file)).isTrue();
        // an in-memory database lives in its one shared connection: a table outlives the checkout
        try (Engine memory = Engine.create("sqlite://")) {
            try (Connection c = memory.connect()) {
                c.execute(text("CREATE TABLE t (x INTEGER)"));
                c.execute(text("INSERT INTO t VALUES (7)"));
                c.commit();
            }
            try (Connection c = memory.connect()) {
                assertThat(c.execute(text("SELECT x FROM t")).scalar(Long.class)).isEqualTo(7L);
            }
        }
    }

    @Test
    void h2ShortAndJdbcUrls() {
        try (Engine h2 = Engine.create("h2:mem:engine_test_short")) {
            assertThat(h2.dialect().name()).isEqualTo("h2");
            try (Connection c = h2.connect()) {
                c.execute(text("CREATE TABLE t (x INTEGER)"));
                c.commit();
            }
            // the memory database stays while the engine's pool lives
            try (Connection c = h2.connect()) {
                assertThat(c.execute(text("SELECT count(*) FROM t")).scalar(Long.class)).isZero();
            }
        }
        try (Engine jdbc = Engine.create("jdbc:h2:mem:engine_test_jdbc")) {
            assertThat(one(jdbc)).isEqualTo(1L);
        }
    }

    @AllDatabases
    void serverUrlsInSqlAlchemyForm(TestDatabase db) {
        Engine engine = db.engine();
        assertThat(one(engine)).isEqualTo(1L);
        if (db.kind() == DatabaseKind.MARIADB) {
            // the mysql driver name maps to the driver present, and the server says it is MariaDB
            Engine viaMysql = Engine.create(db.url().replace("mariadb://", "mysql+pymysql://"));
            try {
                assertThat(viaMysql.dialect().name()).isEqualTo("mariadb");
                assertThat(one(viaMysql)).isEqualTo(1L);
            } finally {
                viaMysql.dispose();
            }
        }
    }

    @AllDatabases
    void ofDataSourceDetectsTheDialect(TestDatabase db) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        HikariConfig config = new HikariConfig();
        String jdbcUrl = url.jdbcUrl();
        if (db.kind() == DatabaseKind.MARIADB) {
            // a MariaDB server reached as MySQL, with the driver calling itself MySQL too
            jdbcUrl = jdbcUrl.replace("jdbc:mariadb:", "jdbc:mysql:") + (jdbcUrl.contains("?") ? "&" : "?")
                    + "permitMysqlScheme&useMysqlMetadata=true";
        }
        config.setJdbcUrl(jdbcUrl);
        if (url.username() != null) {
            config.setUsername(url.username());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        config.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            Engine engine = Engine.of(ds);
            String expected = Map.of(DatabaseKind.H2, "h2", DatabaseKind.SQLITE, "sqlite",
                    DatabaseKind.POSTGRESQL, "postgresql", DatabaseKind.MARIADB, "mariadb").get(db.kind());
            assertThat(engine.dialect().name()).isEqualTo(expected);
            // an auto-commit data source still gets transactions, and its setting back on close
            try (Connection conn = engine.connect()) {
                conn.execute(text("CREATE TABLE ds_t (x INTEGER)"));
                conn.commit();
                conn.execute(text("INSERT INTO ds_t VALUES (1)"));
                conn.rollback();
                assertThat(conn.execute(text("SELECT count(*) FROM ds_t")).scalar(Long.class)).isZero();
            }
            try (java.sql.Connection raw = ds.getConnection()) {
                assertThat(raw.getAutoCommit()).isTrue();
            }
            engine.dispose(); // leaves a borrowed data source open
            assertThat(ds.isClosed()).isFalse();
        }
    }

    @Test
    void poolOptionsReachHikari() {
        EngineOptions options = EngineOptions.defaults().poolSize(3).maxOverflow(4).poolPrePing(true)
                .poolRecycle(Duration.ofMinutes(10)).poolTimeout(Duration.ofMillis(1500));
        try (Engine engine = Engine.create("h2:mem:engine_pool_options", options)) {
            HikariDataSource pool = (HikariDataSource) engine.dataSource();
            assertThat(pool.getMinimumIdle()).isEqualTo(3);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
            assertThat(pool.getConnectionTimeout()).isEqualTo(1500);
            assertThat(pool.getKeepaliveTime()).isEqualTo(30_000);
            assertThat(pool.isAutoCommit()).isFalse();
        }
        try (Engine file = Engine.create("postgresql://u@127.0.0.1:1/none",
                EngineOptions.defaults().poolRecycle(Duration.ofMinutes(10)))) {
            assertThat(((HikariDataSource) file.dataSource()).getMaxLifetime()).isEqualTo(600_000);
        }
        assertThatThrownBy(() -> EngineOptions.defaults().poolSize(0)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("poolSize");
        assertThatThrownBy(() -> EngineOptions.defaults().poolRecycle(Duration.ofSeconds(5)))
                .hasMessageContaining("30 seconds");
    }

    @AllDatabases
    void exhaustedPoolTimesOutAfterPoolTimeout(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.defaults().poolSize(1).maxOverflow(1)
                .poolTimeout(Duration.ofMillis(500)));
        if (db.kind() == DatabaseKind.SQLITE) {
            // file databases pool normally; only in-memory SQLite is held to one connection
            assertThat(((HikariDataSource) engine.dataSource()).getMaximumPoolSize()).isEqualTo(2);
        }
        try (Connection a = engine.connect(); Connection b = engine.connect()) {
            long start = System.nanoTime();
            OperationalException e = catchThrowableOfType(OperationalException.class, engine::connect);
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(waitedMs).isBetween(450L, 5_000L);
            assertThat(e.getMessage()).contains("poolTimeout 500 ms").contains("all 2 (poolSize 1 + maxOverflow 1)")
                    .contains("checked out");
            assertThat(e.sql()).isEmpty();
        }
        assertThat(one(engine)).isEqualTo(1L); // freed connections serve again
    }

    @Test
    void unreachableServerFailsOnConnectWithoutThePassword() {
        // create() does not connect (as create_engine); the first connect reports the failure
        Engine engine = Engine.create("postgresql://scott:tiger-secret@127.0.0.1:1/nodb",
                EngineOptions.defaults().poolTimeout(Duration.ofMillis(500)));
        try {
            assertThat(engine.toString()).contains("scott:***@127.0.0.1:1").doesNotContain("tiger-secret");
            OperationalException e = catchThrowableOfType(OperationalException.class, engine::connect);
            assertThat(e.getMessage()).contains("Could not connect to postgresql://scott:***@127.0.0.1:1/nodb")
                    .doesNotContain("tiger-secret");
        } finally {
            engine.dispose();
        }
    }

    @Test
    void unsupportedDatabaseIsRefusedAtCreate() {
        assertThatThrownBy(() -> Engine.create("mssql+pyodbc://sa:hunter2@host/db"))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("'mssql'").hasMessageContaining("sqlite, postgresql, mysql, mariadb, h2")
                .hasMessageNotContaining("hunter2");
    }

    @AllDatabases
    void prePingReplacesAConnectionTheServerDropped(TestDatabase db) throws Exception {
        if (db.kind() != DatabaseKind.POSTGRESQL) {
            return; // needs a server that can kill a session from outside: PostgreSQL's pg_terminate_backend
        }
        Engine engine = db.engine(EngineOptions.defaults().poolSize(1).maxOverflow(0).poolPrePing(true));
        long pid;
        try (Connection conn = engine.connect()) {
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar(Long.class);
        }
        Engine admin = db.engine(EngineOptions.defaults().poolSize(1).maxOverflow(0));
        try (Connection conn = admin.connect()) {
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), Map.of("pid", (int) pid));
        }
        Thread.sleep(700); // past HikariCP's 500 ms window in which a returned connection is trusted
        try (Connection conn = engine.connect()) {
            long newPid = conn.execute(text("SELECT pg_backend_pid()")).scalar(Long.class);
            assertThat(newPid).isNotEqualTo(pid);
        }
    }

    @AllDatabases
    void echoLogsEveryStatementWithItsParameters(TestDatabase db) {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.ormkit.engine");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
        try {
            try (Connection conn = db.engine().connect()) {
                conn.execute(text("CREATE TABLE echo_t (x INTEGER, y VARCHAR(10))"));
                conn.commit();
                conn.execute(text("SELECT :a AS v FROM echo_t"), Map.of("a", "quiet"));
            }
            assertThat(appender.list).as("echo off logs nothing at INFO").isEmpty();

            Engine echo = db.engine(EngineOptions.defaults().echo(true));
            try (Connection conn = echo.connect()) {
                conn.execute(text("SELECT x FROM echo_t WHERE y = :y"), Map.of("y", "loud"));
                conn.execute(text("INSERT INTO echo_t (x, y) VALUES (:x, :y)"),
                        List.of(Map.of("x", 1, "y", "a"), Map.of("x", 2, "y", "b")));
            }
            assertThat(appender.list).hasSize(2);
            assertThat(appender.list).allMatch(e -> e.getLevel() == Level.INFO);
            assertThat(appender.list.get(0).getFormattedMessage())
                    .contains("SELECT x FROM echo_t WHERE y = ?").contains("[parameters: ['loud']]");
            assertThat(appender.list.get(1).getFormattedMessage())
                    .contains("INSERT INTO echo_t (x, y) VALUES (?, ?)").contains("2 parameter sets")
                    .contains("[1, 'a']").contains("[2, 'b']");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
    }
}
