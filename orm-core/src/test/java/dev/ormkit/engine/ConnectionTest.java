package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.OrmException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/** Transactions on a connection: commit, rollback, close, savepoints, engine.transaction. */
class ConnectionTest {
    private final Table items = new MetaData().table("items",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
            Column.of("name", Types.string(20)).notNull().unique());

    /** A one-connection pool: a connection not given back would make the next connect time out. */
    private Engine engine(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.defaults().poolSize(1).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(2)));
        try (Connection conn = engine.connect()) {
            TestTables.create(conn, items);
        }
        return engine;
    }

    private static long count(Connection conn, Table t) {
        return conn.execute(select(func.count()).selectFrom(t)).scalar(Long.class);
    }

    private void add(Connection conn, int id, String name) {
        conn.execute(insert(items).values(Map.of("id", id, "name", name)));
    }

    @AllDatabases
    void commitKeepsAndRollbackUndoes(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            add(conn, 1, "kept");
            conn.commit();
            add(conn, 2, "undone");
            assertThat(count(conn, items)).isEqualTo(2);
            conn.rollback();
            assertThat(count(conn, items)).isEqualTo(1);
        }
    }

    @AllDatabases
    void closeRollsBackAndReturnsTheConnectionToThePool(TestDatabase db) {
        Engine engine = engine(db);
        Connection first = engine.connect();
        add(first, 1, "uncommitted");
        first.close();
        assertThat(first.isOpen()).isFalse();
        assertThatThrownBy(() -> first.execute(select(items))).isInstanceOf(OrmException.class)
                .hasMessageContaining("closed");
        // the pool holds one connection: this succeeds only because close() gave it back
        try (Connection second = engine.connect()) {
            assertThat(count(second, items)).isZero();
        }
    }

    @AllDatabases
    void closeAfterReadsRollsBackAWriteMadeThroughJdbc(TestDatabase db) throws java.sql.SQLException {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            add(conn, 1, "kept");
            conn.commit();
        }
        try (Connection conn = engine.connect()) {
            assertThat(count(conn, items)).isEqualTo(1);
            try (var ps = conn.jdbcConnection().prepareStatement("UPDATE items SET name = 'changed'")) {
                ps.executeUpdate();
            }
            assertThat(count(conn, items)).isEqualTo(1);
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(items.c("name"))).scalars(String.class).all()).containsExactly("kept");
        }
    }

    @AllDatabases
    void closeAfterReadsAloneLeavesTheConnectionReadyForNewWork(TestDatabase db) {
        Engine engine = engine(db);
        for (int i = 1; i <= 3; i++) {
            try (Connection conn = engine.connect()) {
                assertThat(count(conn, items)).isEqualTo(i - 1);
                add(conn, i, "row" + i);
                conn.commit();
            }
            try (Connection conn = engine.connect()) {
                assertThat(count(conn, items)).isEqualTo(i);
            }
        }
        try (Connection conn = engine.connect()) {
            add(conn, 4, "uncommitted");
        }
        try (Connection conn = engine.connect()) {
            assertThat(count(conn, items)).isEqualTo(3);
        }
    }

    @AllDatabases
    void savepointCommitAndRollback(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            add(conn, 1, "outer");
            try (Connection.Savepoint sp = conn.beginNested()) {
                add(conn, 2, "kept-nested");
                sp.commit();
            }
            try (Connection.Savepoint sp = conn.beginNested()) {
                add(conn, 3, "undone-nested");
                sp.rollback();
                assertThat(sp.isDone()).isTrue();
            }
            try (Connection.Savepoint sp = conn.beginNested()) {
                add(conn, 4, "closed-no-commit");
            }
            // a failed statement inside a savepoint only loses the savepoint's work
            Connection.Savepoint sp = conn.beginNested();
            assertThatThrownBy(() -> add(conn, 5, "outer")).isInstanceOf(IntegrityException.class);
            sp.rollback();
            conn.commit();
            assertThat(conn.execute(select(items.c("name")).orderBy(items.c("id"))).scalars(String.class).all())
                    .containsExactly("outer", "kept-nested");
        }
    }

    @AllDatabases
    void transactionCommitsOnReturnAndRollsBackOnException(TestDatabase db) {
        Engine engine = engine(db);
        Integer result = engine.transaction(conn -> {
            add(conn, 1, "committed");
            return 42;
        });
        assertThat(result).isEqualTo(42);
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> engine.transaction(conn -> {
            add(conn, 2, "rolled-back");
            throw boom;
        })).isSameAs(boom);
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(items.c("name"))).scalars(String.class).all()).containsExactly("committed");
        }
    }

    @AllDatabases
    void executemanyRunsEveryParameterSet(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            for (int i = 1; i <= 3; i++) {
                add(conn, i, "n" + i);
            }
            Result r = conn.execute(dev.ormkit.sql.Sql.text("UPDATE items SET name = :name WHERE id = :id"),
                    List.of(Map.of("id", 1, "name", "x1"), Map.of("id", 2, "name", "x2"), Map.of("id", 9, "name", "x9")));
            assertThat(r.rowCount()).isEqualTo(2);
            assertThat(conn.execute(select(items.c("name")).orderBy(items.c("id"))).scalars(String.class).all())
                    .containsExactly("x1", "x2", "n3");
        }
    }
}
