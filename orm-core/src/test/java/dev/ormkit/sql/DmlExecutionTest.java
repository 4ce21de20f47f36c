package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.exc.CompileException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/** INSERT, UPDATE, DELETE, RETURNING and upserts on every database. */
class DmlExecutionTest {

    /** Records every statement an engine sends. */
    static final class Recorder implements StatementListener {
        final List<StatementEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onStatementEnd(StatementEvent event) {
            events.add(event);
        }
    }

    @AllDatabases
    void insertManyIsBatchedIntoMultiRowStatementsAndReturnsKeysInOrder(TestDatabase db) {
        Blog b = new Blog();
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            b.create(conn);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", "user" + i);
                row.put("email", i % 3 == 0 ? null : "u" + i + "@example.com");
                row.put("age", i % 90);
                rows.add(row);
            }
            Recorder recorder = new Recorder();
            engine.events().addStatementListener(recorder);
            Result result = conn.execute(insert(b.users), rows);
            engine.events().removeStatementListener(recorder);

            assertThat(recorder.events).hasSizeBetween(2, 5);
            assertThat(recorder.events).allSatisfy(e -> assertThat(e.sql()).startsWith("INSERT INTO users"));
            // every full batch reuses one SQL string
            assertThat(recorder.events.get(0).sql()).isEqualTo(recorder.events.get(1).sql());
            assertThat(result.rowCount()).isEqualTo(2_500);

            List<Row> keys = result.insertedPrimaryKeys();
            assertThat(keys).hasSize(2_500);
            Map<Long, String> nameById = new HashMap<>();
            for (Row r : conn.execute(select(b.users.c("id"), b.users.c("name")))) {
                nameById.put(r.get(0, Long.class), r.get(1, String.class));
            }
            for (int i = 0; i < keys.size(); i++) {
                assertThat(nameById.get(keys.get(i).get(0, Long.class))).as("key %d", i).isEqualTo("user" + i);
            }
            assertThat(conn.execute(select(func.count()).selectFrom(b.users).where(b.users.c("email").isNull()))
                    .scalar(Long.class)).isEqualTo(834L);
        }
    }

    @AllDatabases
    void insertManyWithUpsertAndWithExplicitValues(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn);
            Table kv = b.kv;
            conn.execute(insert(kv).values(List.of(Map.of("k", "a", "v", 1), Map.of("k", "b", "v", 2))));
            // executemany through an upsert: a updated, c inserted
            conn.execute(insert(kv).onConflictDoUpdate(List.of(kv.c("k")), Map.of("v", excluded(kv.c("v")))),
                    List.of(Map.of("k", "a", "v", 10), Map.of("k", "c", "v", 3)));
            assertThat(values(conn, kv)).containsExactly("a=10", "b=2", "c=3");
        }
    }

    private static List<String> values(Connection conn, Table kv) {
        List<String> out = new ArrayList<>();
        for (Row r : conn.execute(select(kv.c("k"), kv.c("v")).orderBy(kv.c("k")))) {
            out.add(r.get(0) + "=" + r.get(1, Integer.class));
        }
        return out;
    }

    @AllDatabases
    void upsertInsertsThenUpdatesOnEveryDatabase(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn);
            Table kv = b.kv;
            Column<String> k = kv.c("k");
            Column<Integer> v = kv.c("v");
            Map<String, Object> set = Map.of("v", excluded(v));
            conn.execute(insert(kv).values(Map.of("k", "a", "v", 1)).onConflictDoUpdate(List.of(k), set));
            assertThat(values(conn, kv)).containsExactly("a=1");
            conn.execute(insert(kv).values(Map.of("k", "a", "v", 2)).onConflictDoUpdate(List.of(k), set));
            assertThat(values(conn, kv)).containsExactly("a=2");
            // several rows at once, one new and one existing; the SET may compute from the old row
            conn.execute(insert(kv).values(List.of(Map.of("k", "a", "v", 5), Map.of("k", "b", "v", 7)))
                    .onConflictDoUpdate(List.of(k), Map.of("v", v.plus(excluded(v)))));
            assertThat(values(conn, kv)).containsExactly("a=7", "b=7");
            // DO NOTHING keeps the existing row and still inserts the new one
            conn.execute(insert(kv).values(List.of(Map.of("k", "a", "v", 99), Map.of("k", "c", "v", 3)))
                    .onConflictDoNothing(List.of(k)));
            assertThat(values(conn, kv)).containsExactly("a=7", "b=7", "c=3");
            // MySQL's spelling works everywhere, matched on the unique key the values carry
            conn.execute(insert(kv).values(List.of(Map.of("k", "c", "v", 30), Map.of("k", "d", "v", 4)))
                    .onDuplicateKeyUpdate(Map.of("v", excluded(v))));
            assertThat(values(conn, kv)).containsExactly("a=7", "b=7", "c=30", "d=4");
            // a constant in the SET list
            conn.execute(insert(kv).values(Map.of("k", "d", "v", 0)).onConflictDoUpdate(List.of(k), Map.of("v", 44)));
            assertThat(values(conn, kv)).containsExactly("a=7", "b=7", "c=30", "d=44");
        }
    }

    @AllDatabases
    void returningWhereSupportedAndAClearErrorElsewhere(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Table users = b.users;
            Column<Long> id = users.c("id");
            Column<String> name = users.c("name");
            DatabaseKind kind = db.kind();
            boolean insertAndDelete = kind != DatabaseKind.H2;
            boolean update = kind == DatabaseKind.POSTGRESQL || kind == DatabaseKind.SQLITE;

            Insert ins = insert(users).values(Map.of("name", "eve", "age", 22)).returning(id, name);
            if (insertAndDelete) {
                Row r = conn.execute(ins).one();
                assertThat(r.get("name")).isEqualTo("eve");
                assertThat(r.get("id", Long.class)).isPositive();
            } else {
                assertThatThrownBy(() -> conn.execute(ins)).isInstanceOf(CompileException.class)
                        .hasMessageContaining("RETURNING").hasMessageContaining("INSERT");
            }
            Update upd = update(users).values(Map.of("age", users.c("age").plus(1))).where(name.eq("Bob"))
                    .returning(name, users.c("age"));
            if (update) {
                Row r = conn.execute(upd).one();
                assertThat(r.get("age", Integer.class)).isEqualTo(26);
            } else {
                assertThatThrownBy(() -> conn.execute(upd)).isInstanceOf(CompileException.class)
                        .hasMessageContaining("RETURNING").hasMessageContaining("UPDATE");
            }
            Delete del = delete(users).where(name.eq("Carol")).returning(name);
            if (insertAndDelete) {
                assertThat(conn.execute(del).all()).extracting(r -> r.get(0)).containsExactly("Carol");
            } else {
                assertThatThrownBy(() -> conn.execute(del)).isInstanceOf(CompileException.class)
                        .hasMessageContaining("RETURNING").hasMessageContaining("DELETE");
            }
            // insert many with RETURNING hands back the rows in order
            if (insertAndDelete) {
                Result many = conn.execute(insert(users).returning(name, id),
                        List.of(Map.of("name", "r1"), Map.of("name", "r2"), Map.of("name", "r3")));
                assertThat(many.all()).extracting(r -> r.get("name")).containsExactly("r1", "r2", "r3");
            }
        }
    }

    @AllDatabases
    void updateAndDeleteWithCorrelatedSubqueries(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Table users = b.users;
            Table posts = b.posts;
            // each user's age becomes their number of posts: the subquery correlates to the UPDATE's table
            long updated = conn.execute(update(users).values(Map.of("age",
                    select(func.count(posts.c("id"))).where(posts.c("user_id").eq(users.c("id"))).scalarSubquery())))
                    .rowCount();
            assertThat(updated).isEqualTo(4);
            List<String> ages = new ArrayList<>();
            for (Row r : conn.execute(select(users.c("name"), users.c("age")).orderBy(users.c("name")))) {
                ages.add(r.get(0) + "=" + r.get(1, Integer.class));
            }
            assertThat(ages).containsExactly("Alice=2", "Bob=3", "Carol=0", "DAVE=0");
            // delete the users without posts
            long deleted = conn.execute(delete(users).where(not(exists(
                    select(posts.c("id")).where(posts.c("user_id").eq(users.c("id"))))))).rowCount();
            assertThat(deleted).isEqualTo(2);
            assertThat(conn.execute(select(func.count()).selectFrom(users)).scalar(Long.class)).isEqualTo(2L);
        }
    }

    @AllDatabases
    void everyValueIsABoundParameter(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn);
            Table users = b.users;
            Column<String> name = users.c("name");
            String injection = "'; DROP TABLE users; --";
            String irish = "O'Brien";
            conn.execute(insert(users), List.of(Map.of("name", injection), Map.of("name", irish)));
            conn.execute(insert(users).values(Map.of("name", "x\\'y\"z`")));
            assertThat(conn.execute(select(name).where(name.eq(injection))).scalar()).isEqualTo(injection);
            assertThat(conn.execute(select(name).where(name.eq(irish))).scalar()).isEqualTo(irish);
            assertThat(conn.execute(select(name).where(name.like("O'%"))).scalar()).isEqualTo(irish);
            assertThat(conn.execute(select(name).where(name.like("%DROP TABLE%"))).scalar()).isEqualTo(injection);
            assertThat(conn.execute(select(name).where(name.eq("x\\'y\"z`"))).scalar()).isEqualTo("x\\'y\"z`");
            conn.execute(update(users).values(Map.of("email", injection)).where(name.eq(irish)));
            assertThat(conn.execute(select(users.c("email")).where(name.eq(irish))).scalar()).isEqualTo(injection);
            assertThat(conn.execute(text("SELECT name FROM users WHERE name = :n"), Map.of("n", injection)).scalar())
                    .isEqualTo(injection);
            assertThat(conn.execute(select(func.count()).selectFrom(users)).scalar(Long.class)).isEqualTo(3L);
        }
    }
}
