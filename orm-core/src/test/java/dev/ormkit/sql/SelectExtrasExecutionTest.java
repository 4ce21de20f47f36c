package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.CompileException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/**
 * CTEs, DISTINCT ON, FILTER, WITHIN GROUP, tuple IN, UPDATE ... FROM, DELETE ... USING, VALUES
 * and LATERAL run on every database: each result checked row by row where the database has the
 * construct, and a CompileException naming the database where it has not.
 */
class SelectExtrasExecutionTest {
    private final Blog b = new Blog();
    private final Column<Long> userId = b.users.c("id");
    private final Column<String> name = b.users.c("name");
    private final Column<Integer> age = b.users.c("age");
    private final Column<Long> postId = b.posts.c("id");
    private final Column<Long> postUser = b.posts.c("user_id");
    private final Column<String> title = b.posts.c("title");
    private final Column<Integer> score = b.posts.c("score");

    private static List<String> strings(Connection conn, Executable statement) {
        List<String> out = new ArrayList<>();
        for (Row r : conn.execute(statement)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(i > 0 ? "/" : "").append(r.get(i));
            }
            out.add(line.toString());
        }
        return out;
    }

    private static void assertUnsupported(TestDatabase db, Connection conn, Executable statement, String what) {
        assertThatThrownBy(() -> conn.execute(statement)).isInstanceOf(CompileException.class)
                .hasMessageStartingWith(conn.dialect().name() + " does not support").hasMessageContaining(what);
    }

    @AllDatabases
    void ctesJoinOneAnotherAndTables(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Cte scored = select(postUser, score).where(score.ge(5)).cte("scored");
            Cte authors = select(scored.c("user_id").label("uid")).distinct().cte("authors");
            Select s = select(name, scored.c("score"))
                    .selectFrom(b.users.join(scored, userId.eq(scored.c("user_id"))))
                    .where(userId.in(select(authors.c("uid"))))
                    .orderBy(scored.c("score"));
            assertThat(strings(conn, s)).containsExactly("Bob/5", "Bob/7", "Alice/10");
            // a CTE in an INSERT ... SELECT: in front of it, or of its SELECT where WITH cannot lead an INSERT
            Cte young = select(name, age).where(age.lt(30)).cte("young");
            conn.execute(insert(b.users).fromSelect(List.of(name, age),
                    select(young.c("name").concat(" II"), young.c("age"))));
            assertThat(strings(conn, select(name).where(name.like("% II")))).containsExactly("Bob II");
        }
    }

    @AllDatabases
    void dataModifyingCteRunsWhereTheDatabaseHasIt(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Cte gone = delete(b.posts).where(score.lt(6)).returning(postId, postUser).cte("gone");
            Select s = select(gone.c("user_id"), func.count().label("n")).selectFrom(gone).groupBy(gone.c("user_id"));
            if (db.kind() != DatabaseKind.POSTGRESQL) {
                assertUnsupported(db, conn, s, "DELETE inside WITH");
                return;
            }
            List<Row> rows = conn.execute(s).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("n", Long.class)).isEqualTo(2L); // Bob one (5), Bob three (1)
            assertThat(strings(conn, select(title).orderBy(title))).containsExactly("Bob two", "Hello", "Second");
        }
    }

    @AllDatabases
    void distinctOnKeepsTheFirstRowPerKeyOnPostgres(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Select best = select(postUser, title).distinctOn(postUser).where(score.isNotNull())
                    .orderBy(postUser, score.desc());
            if (db.kind() != DatabaseKind.POSTGRESQL) {
                assertUnsupported(db, conn, best, "DISTINCT ON");
                return;
            }
            Subquery sub = best.subquery("best");
            List<String> rows = strings(conn, select(name, sub.c("title"))
                    .selectFrom(b.users.join(sub, userId.eq(sub.c("user_id")))).orderBy(name));
            assertThat(rows).containsExactly("Alice/Hello", "Bob/Bob two");
        }
    }

    @AllDatabases
    void aggregateFilterCountsOnlyMatchingRows(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Row r = conn.execute(select(func.count().filter(score.gt(5)).label("high"),
                    func.sum(score).filter(score.lt(7)).label("low"),
                    func.count(score).label("all_scored"))).one();
            assertThat(r.get("high", Long.class)).isEqualTo(2L);
            assertThat(r.get("low", Long.class)).isEqualTo(6L);
            assertThat(r.get("all_scored", Long.class)).isEqualTo(4L);
            // per group, and inside a window
            assertThat(strings(conn, select(name, func.count().filter(score.ge(5)).label("n"))
                    .selectFrom(b.users.outerJoin(b.posts)).groupBy(name).orderBy(name)))
                    .containsExactly("Alice/1", "Bob/2", "Carol/0", "DAVE/0");
        }
    }

    @AllDatabases
    void withinGroupComputesAMedian(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Select s = select(func.percentileCont(0.5).withinGroup(score).label("median"));
            if (db.kind() != DatabaseKind.POSTGRESQL && db.kind() != DatabaseKind.H2) {
                assertUnsupported(db, conn, s, "WITHIN GROUP");
                return;
            }
            assertThat(conn.execute(s).one().get("median", Double.class)).isEqualTo(6.0); // 1, 5, 7, 10
            assertThat(conn.execute(select(func.percentileDisc(0.5).withinGroup(score.desc()))).scalar(Integer.class))
                    .isEqualTo(7);
        }
    }

    @AllDatabases
    void tupleInMatchesCompositeValues(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            Map<String, Long> ids = b.create(conn).seed(conn);
            Select s = select(title).where(tuple(postUser, score).in(List.of(ids.get("Bob"), 5),
                    List.of(ids.get("Alice"), 10), List.of(ids.get("Alice"), 5))).orderBy(title);
            assertThat(strings(conn, s)).containsExactly("Bob one", "Hello");
            Select notIn = select(title).where(score.isNotNull(),
                    tuple(postUser, score).notIn(select(postUser, score).where(score.lt(7)))).orderBy(title);
            assertThat(strings(conn, notIn)).containsExactly("Bob two", "Hello");
        }
    }

    @AllDatabases
    void updateFromAndDeleteUsingJoinAnotherTable(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Update u = update(b.users).values(Map.of("age", score)).where(postUser.eq(userId), score.eq(7));
            if (db.kind() == DatabaseKind.H2) {
                assertUnsupported(db, conn, u, "UPDATE ... FROM");
            } else {
                assertThat(conn.execute(u).rowCount()).isEqualTo(1);
                assertThat(strings(conn, select(age).where(name.eq("Bob")))).containsExactly("7");
            }
            Delete d = delete(b.posts).where(postUser.eq(userId), name.eq("Bob"));
            if (db.kind() == DatabaseKind.H2 || db.kind() == DatabaseKind.SQLITE) {
                assertUnsupported(db, conn, d, "DELETE ... USING");
                return;
            }
            assertThat(conn.execute(d).rowCount()).isEqualTo(3);
            assertThat(strings(conn, select(title).orderBy(title))).containsExactly("Hello", "Second");
        }
    }

    @AllDatabases
    void valuesIsATableOfGivenRows(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            Map<String, Long> ids = b.create(conn).seed(conn);
            Values v = values("v", Column.of("uid", Types.BIGINT), Column.of("label", Types.string(20)))
                    .data(List.of(ids.get("Alice"), "first"), List.of(ids.get("DAVE"), "fourth"));
            assertThat(strings(conn, select(name, v.c("label")).selectFrom(b.users.join(v, userId.eq(v.c("uid"))))
                    .orderBy(name))).containsExactly("Alice/first", "DAVE/fourth");
            if (db.kind() == DatabaseKind.H2) {
                return; // no UPDATE ... FROM on H2
            }
            // a bulk update from a VALUES list
            Values ages = values("ages", Column.of("uid", Types.BIGINT), Column.of("new_age", Types.INTEGER))
                    .data(List.of(ids.get("Alice"), 31), List.of(ids.get("Carol"), 52));
            conn.execute(update(b.users).values(Map.of("age", ages.c("new_age"))).where(userId.eq(ages.c("uid"))));
            assertThat(strings(conn, select(name, age).orderBy(name)))
                    .containsExactly("Alice/31", "Bob/25", "Carol/52", "DAVE/41");
        }
    }

    @AllDatabases
    void lateralSubquerySeesTheTablesBeforeIt(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Subquery top = select(title).where(postUser.eq(userId), score.isNotNull()).orderBy(score.desc()).limit(1)
                    .lateral("top");
            Select s = select(name, top.c("title")).selectFrom(b.users.join(top, trueValue())).orderBy(name);
            if (db.kind() != DatabaseKind.POSTGRESQL) {
                assertUnsupported(db, conn, s, "LATERAL");
                return;
            }
            assertThat(strings(conn, s)).containsExactly("Alice/Hello", "Bob/Bob two");
        }
    }
}
