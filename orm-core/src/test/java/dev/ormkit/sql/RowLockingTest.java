package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.CompileException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/**
 * Row locks on real connections: two workers taking jobs with SKIP LOCKED get disjoint rows,
 * NOWAIT fails at once on a locked row, FOR SHARE and OF run where the database has them, and
 * each missing option is a CompileException naming the database.
 */
class RowLockingTest {
    private static final int JOBS = 10;
    private static final int BATCH = 3;

    private final MetaData metadata = new MetaData();
    private final Table jobs = metadata.table("jobs",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("payload", Types.string(20)).notNull());
    private final Column<Long> id = jobs.c("id");

    private Engine setUp(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            conn.execute(text(Blog.createTableSql(conn.dialect(), jobs)));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (long i = 1; i <= JOBS; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", i);
                row.put("payload", "job " + i);
                rows.add(row);
            }
            conn.execute(insert(jobs), rows);
            conn.commit();
        }
        return engine;
    }

    private Select nextJobs(ForUpdate lock) {
        return select(id).orderBy(id).limit(BATCH).withForUpdate(lock);
    }

    private static List<Long> ids(Connection conn, Executable statement) {
        List<Long> out = new ArrayList<>();
        for (Row r : conn.execute(statement)) {
            out.add(r.get(0, Long.class));
        }
        return out;
    }

    @AllDatabases
    void skipLockedHandsConcurrentWorkersDisjointRows(TestDatabase db) throws Exception {
        Engine engine = setUp(db);
        Select take = nextJobs(ForUpdate.update().skipLocked());
        if (db.kind() == DatabaseKind.SQLITE) {
            try (Connection conn = engine.connect()) {
                assertThatThrownBy(() -> conn.execute(take)).isInstanceOf(CompileException.class)
                        .hasMessageStartingWith("sqlite does not support SKIP LOCKED");
            }
            return;
        }
        CountDownLatch firstHoldsItsRows = new CountDownLatch(1);
        CountDownLatch secondHasTaken = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // each worker on its own connection, holding its locks until the other has taken its batch
            Future<List<Long>> first = pool.submit(() -> {
                try (Connection conn = engine.connect()) {
                    List<Long> taken = ids(conn, take);
                    firstHoldsItsRows.countDown();
                    assertThat(secondHasTaken.await(20, TimeUnit.SECONDS)).isTrue();
                    conn.commit();
                    return taken;
                }
            });
            Future<List<Long>> second = pool.submit(() -> {
                assertThat(firstHoldsItsRows.await(20, TimeUnit.SECONDS)).isTrue();
                try (Connection conn = engine.connect()) {
                    List<Long> taken = ids(conn, take);
                    secondHasTaken.countDown();
                    conn.commit();
                    return taken;
                } finally {
                    secondHasTaken.countDown();
                }
            });
            List<Long> a = first.get(30, TimeUnit.SECONDS);
            List<Long> b = second.get(30, TimeUnit.SECONDS);
            assertThat(a).containsExactly(1L, 2L, 3L);
            assertThat(b).containsExactly(4L, 5L, 6L);
            Set<Long> both = new HashSet<>(a);
            both.retainAll(b);
            assertThat(both).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @AllDatabases
    void nowaitFailsAtOnceOnALockedRow(TestDatabase db) {
        Engine engine = setUp(db);
        Select lockOne = select(id).where(id.eq(1L)).withForUpdate(ForUpdate.update().nowait());
        try (Connection holder = engine.connect(); Connection other = engine.connect()) {
            if (db.kind() == DatabaseKind.SQLITE) {
                assertThatThrownBy(() -> holder.execute(lockOne)).isInstanceOf(CompileException.class)
                        .hasMessageStartingWith("sqlite does not support NOWAIT");
                return;
            }
            assertThat(ids(holder, lockOne)).containsExactly(1L);
            long start = System.nanoTime();
            assertThatThrownBy(() -> ids(other, lockOne)).isInstanceOf(DatabaseException.class);
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
            other.rollback();
            // a row nobody holds is taken at once
            assertThat(ids(other, select(id).where(id.eq(2L)).withForUpdate(ForUpdate.update().nowait())))
                    .containsExactly(2L);
            holder.rollback();
            other.rollback();
        }
    }

    @AllDatabases
    void shareAndOfRunWhereTheDatabaseHasThem(TestDatabase db) {
        Engine engine = setUp(db);
        try (Connection conn = engine.connect()) {
            Select share = select(id).where(id.le(2L)).orderBy(id).forShare();
            Select of = select(id).where(id.le(2L)).orderBy(id).withForUpdate(ForUpdate.update().of(jobs));
            switch (db.kind()) {
                case POSTGRESQL:
                    assertThat(ids(conn, share)).containsExactly(1L, 2L);
                    assertThat(ids(conn, of)).containsExactly(1L, 2L);
                    break;
                case MARIADB:
                    assertThat(ids(conn, share)).containsExactly(1L, 2L);
                    assertThatThrownBy(() -> conn.execute(of)).isInstanceOf(CompileException.class)
                            .hasMessageStartingWith("mariadb does not support FOR UPDATE OF");
                    break;
                case H2:
                    assertThatThrownBy(() -> conn.execute(share)).isInstanceOf(CompileException.class)
                            .hasMessageStartingWith("h2 does not support FOR SHARE");
                    assertThat(ids(conn, of)).containsExactly(1L, 2L);
                    break;
                default:
                    assertThatThrownBy(() -> conn.execute(share)).isInstanceOf(CompileException.class)
                            .hasMessageStartingWith("sqlite does not support FOR SHARE");
                    // a plain FOR UPDATE is accepted and renders nothing: SQLite locks the whole database
                    assertThat(ids(conn, select(id).where(id.le(2L)).orderBy(id).forUpdate())).containsExactly(1L, 2L);
            }
            conn.rollback();
        }
    }
}
