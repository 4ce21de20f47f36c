package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Statements rebuilt with new values on every run, as application code does: each shape is
 * compiled once per database, and every run returns the rows for its own values.
 */
class StatementCacheExecutionTest {

    private static List<String> strings(Connection conn, Executable statement) {
        List<String> out = new ArrayList<>();
        for (Row r : conn.execute(statement)) {
            out.add(r.get(0, String.class));
        }
        return out;
    }

    @AllDatabases
    void aQueryRebuiltInALoopCompilesOnceAndFindsEachValue(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Dialect d = conn.dialect();
            Column<String> name = b.users.c("name");
            Column<Integer> age = b.users.c("age");
            long before = conn.engine().statementCacheStatistics().misses();
            Map<String, Integer> expected = Map.of("Alice", 30, "Bob", 25, "DAVE", 41);
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                assertThat(conn.execute(select(age).where(name.eq(e.getKey()))).scalar(Integer.class))
                        .as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(1);
            // text() built anew each time is one shape as well
            for (int min : new int[] {26, 31, 20}) {
                assertThat(strings(conn, text("SELECT name FROM users WHERE age > :min ORDER BY name"),
                        Map.of("min", min))).isEqualTo(min == 26 ? List.of("Alice", "DAVE")
                        : min == 31 ? List.of("DAVE") : List.of("Alice", "Bob", "DAVE"));
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(2);
        }
    }

    private static List<String> strings(Connection conn, Executable statement, Map<String, ?> params) {
        List<String> out = new ArrayList<>();
        for (Row r : conn.execute(statement, params)) {
            out.add(r.get(0, String.class));
        }
        return out;
    }

    @AllDatabases
    void pagesShareOneCompilationAndEachReturnsItsRows(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Dialect d = conn.dialect();
            Column<String> name = b.users.c("name");
            long before = conn.engine().statementCacheStatistics().misses();
            assertThat(strings(conn, select(name).orderBy(name).limit(2).offset(0))).containsExactly("Alice", "Bob");
            assertThat(strings(conn, select(name).orderBy(name).limit(2).offset(1))).containsExactly("Bob", "Carol");
            assertThat(strings(conn, select(name).orderBy(name).limit(2).offset(3))).containsExactly("DAVE");
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(1);
            // limit and offset equal: one boxed value for both, still the right rows
            assertThat(strings(conn, select(name).orderBy(name).limit(2).offset(2))).containsExactly("Carol", "DAVE");
            assertThat(strings(conn, select(name).orderBy(name).limit(1).offset(2))).containsExactly("Carol");
        }
    }

    @AllDatabases
    void correlatedSubqueriesAndCompoundSelectsRebuiltWithNewValues(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Dialect d = conn.dialect();
            Column<String> name = b.users.c("name");
            Column<Integer> age = b.users.c("age");
            Column<Long> userId = b.posts.c("user_id");
            Column<Integer> score = b.posts.c("score");
            long before = conn.engine().statementCacheStatistics().misses();
            // users with a post scoring above the threshold (Alice 10, Bob 5, 7, 1)
            Map<Integer, List<String>> byThreshold = new LinkedHashMap<>();
            byThreshold.put(6, List.of("Alice", "Bob"));
            byThreshold.put(8, List.of("Alice"));
            byThreshold.put(20, List.of());
            for (Map.Entry<Integer, List<String>> e : byThreshold.entrySet()) {
                Select withPost = select(name).where(exists(select(b.posts.c("id"))
                        .where(userId.eq(b.users.c("id")), score.gt(e.getKey())))).orderBy(name);
                assertThat(strings(conn, withPost)).as("score > " + e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(1);
            for (int i = 0; i < 2; i++) {
                int minAge = i == 0 ? 26 : 40;
                String also = i == 0 ? "Carol" : "Bob";
                CompoundSelect union = select(name).where(age.gt(minAge))
                        .union(select(name).where(name.eq(also))).orderBy(name);
                assertThat(strings(conn, union)).isEqualTo(i == 0
                        ? List.of("Alice", "Carol", "DAVE") : List.of("Bob", "DAVE"));
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(2);
            // a derived table with a value inside, and a scalar subquery in the SELECT list
            for (int min : new int[] {2, 6}) {
                Subquery good = select(userId.label("uid"), score).where(score.ge(min)).subquery("good");
                Select counts = select(name, select(func.count()).selectFrom(good)
                        .where(good.<Long>c("uid").eq(b.users.c("id"))).<Long>scalarSubquery().label("n"))
                        .where(name.in("Alice", "Bob")).orderBy(name);
                List<String> got = new ArrayList<>();
                for (Row r : conn.execute(counts)) {
                    got.add(r.get(0, String.class) + "=" + r.get(1, Long.class));
                }
                assertThat(got).isEqualTo(min == 2 ? List.of("Alice=1", "Bob=2") : List.of("Alice=1", "Bob=1"));
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(3);
        }
    }

    @AllDatabases
    void insertUpdateDeleteAndUpsertRebuiltPerRowCompileOncePerShape(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn);
            Dialect d = conn.dialect();
            Table kv = b.kv;
            Column<String> k = kv.c("k");
            Column<Integer> v = kv.c("v");
            long before = conn.engine().statementCacheStatistics().misses();
            for (int i = 0; i < 5; i++) {
                conn.execute(insert(kv).values(Map.of("k", "key" + i, "v", i)));
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(1);
            for (int i = 0; i < 5; i++) {
                conn.execute(update(kv).values(Map.of("v", i * 10)).where(k.eq("key" + i)));
            }
            conn.execute(delete(kv).where(k.eq("key3")));
            conn.execute(delete(kv).where(k.eq("key4")));
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(3);
            for (int i = 0; i < 2; i++) {
                // key0 exists and is updated; key9 then key8 are new
                String key = i == 0 ? "key0" : "key9";
                conn.execute(insert(kv).values(Map.of("k", key, "v", 100 + i))
                        .onConflictDoUpdate(List.of(k), Map.of("v", excluded(v))));
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(4);
            // multi-row VALUES: equal row counts share a compilation
            conn.execute(insert(kv).values(List.of(Map.of("k", "m1", "v", 1), Map.of("k", "m2", "v", 2))));
            conn.execute(insert(kv).values(List.of(Map.of("k", "m3", "v", 3), Map.of("k", "m4", "v", 4))));
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(5);
            List<String> rows = new ArrayList<>();
            for (Row r : conn.execute(select(k, v).orderBy(k))) {
                rows.add(r.get(0, String.class) + "=" + r.get(1, Integer.class));
            }
            assertThat(rows).containsExactly("key0=100", "key1=10", "key2=20", "key9=101",
                    "m1=1", "m2=2", "m3=3", "m4=4");
            if (d.supportsReturning(StatementKind.DELETE)) {
                for (String key : List.of("m1", "m2")) {
                    assertThat(conn.execute(delete(kv).where(k.eq(key)).returning(v)).scalar(Integer.class))
                            .isEqualTo(key.equals("m1") ? 1 : 2);
                }
            }
            conn.commit();
        }
    }

    @AllDatabases
    void executemanyInsertsOfOneColumnListCompileTheirTemplateOnce(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn);
            Dialect d = conn.dialect();
            long before = conn.engine().statementCacheStatistics().misses();
            for (int batch = 0; batch < 3; batch++) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("k", "b" + batch + "r" + i);
                    row.put("v", batch * 10 + i);
                    rows.add(row);
                }
                // a new INSERT object each time, as a unit of work's flush makes them
                assertThat(conn.execute(insert(b.kv), rows).insertedPrimaryKeys()).hasSize(3);
            }
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(1);
            assertThat(conn.execute(select(func.sum(b.kv.<Integer>c("v")))).scalar(Long.class))
                    .isEqualTo(3L * (0 + 1 + 2) + 3 * (0 + 10 + 20));
            conn.commit();
        }
    }
}
