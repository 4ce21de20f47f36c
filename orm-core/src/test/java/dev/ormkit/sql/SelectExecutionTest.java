package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** SELECT features run against every database, each result checked row by row. */
class SelectExecutionTest {

    private static List<Object> column(Connection conn, Executable statement) {
        List<Object> out = new ArrayList<>();
        for (Row r : conn.execute(statement)) {
            out.add(r.get(0));
        }
        return out;
    }

    private static List<String> names(Connection conn, Executable statement) {
        List<String> out = new ArrayList<>();
        for (Row r : conn.execute(statement)) {
            out.add(r.get(0, String.class));
        }
        return out;
    }

    @AllDatabases
    void refiningASelectLeavesTheBaseUnchanged(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Select base = select(name).orderBy(name);
            Select filtered = base.where(name.eq("Alice"));
            Select limited = base.limit(1);
            assertThat(names(conn, base)).hasSize(4);
            assertThat(names(conn, filtered)).containsExactly("Alice");
            assertThat(names(conn, limited)).hasSize(1);
            assertThat(names(conn, base)).hasSize(4);
            assertThat(base.whereClauses()).isEmpty();
            assertThat(base.limitValue()).isNull();
        }
    }

    @AllDatabases
    void joinsInferTheOnClauseFromTheSingleForeignKey(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Column<String> title = b.posts.c("title");
            List<Row> rows = conn.execute(select(name, title).join(b.posts).where(title.like("Bob%"))
                    .orderBy(title)).all();
            assertThat(rows).extracting(r -> r.get("name") + "/" + r.get("title"))
                    .containsExactly("Bob/Bob one", "Bob/Bob three", "Bob/Bob two");
            // the other direction, and an explicit FROM join
            assertThat(names(conn, select(title).selectFrom(b.posts.join(b.users)).where(name.eq("Alice"))
                    .orderBy(title))).containsExactly("Hello", "Second");
        }
    }

    @AllDatabases
    void outerJoinKeepsRowsWithoutMatchAndGroupByHavingCount(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Column<Long> postId = b.posts.c("id");
            var n = func.count(postId).label("n");
            List<Row> rows = conn.execute(select(name, n).outerJoin(b.posts).groupBy(name).orderBy(n.desc(), name))
                    .all();
            assertThat(rows).extracting(r -> r.get("name") + "=" + r.get("n", Long.class))
                    .containsExactly("Bob=3", "Alice=2", "Carol=0", "DAVE=0");
            List<Row> having = conn.execute(select(name, func.count(postId).label("n")).join(b.posts)
                    .groupBy(name).having(func.count(postId).gt(2L))).all();
            assertThat(having).extracting(r -> r.get("name")).containsExactly("Bob");
        }
    }

    @AllDatabases
    void explicitOnClauseAndAliasedSelfJoin(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn);
            Table e = b.employees;
            long boss = conn.execute(insert(e).values(Map.of("name", "boss"))).insertedPrimaryKeys().get(0).get(0, Long.class);
            conn.execute(insert(e), List.of(Map.of("name", "ann", "manager_id", boss), Map.of("name", "ben", "manager_id", boss)));
            TableAlias worker = e.alias("w");
            TableAlias manager = e.alias("m");
            List<Row> rows = conn.execute(select(worker.c("name").label("worker"), manager.c("name").label("manager"))
                    .selectFrom(worker.join(manager, worker.c("manager_id").eq(manager.c("id"))))
                    .orderBy(worker.c("name"))).all();
            assertThat(rows).extracting(r -> r.get("worker") + "<" + r.get("manager"))
                    .containsExactly("ann<boss", "ben<boss");
            // an outer self-join keeps the employee without a manager
            assertThat(conn.execute(select(worker.c("name"), manager.c("name").label("m"))
                    .selectFrom(worker.outerJoin(manager, worker.c("manager_id").eq(manager.c("id"))))
                    .where(manager.c("id").isNull())).all()).extracting(r -> r.get(0)).containsExactly("boss");
        }
    }

    @AllDatabases
    void joinWithoutOrWithSeveralForeignKeysNamesTheTables(TestDatabase db) {
        Blog b = new Blog();
        assertThatThrownBy(() -> select(b.users.c("name")).join(b.kv))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("'users'").hasMessageContaining("'kv'");
        assertThatThrownBy(() -> b.users.join(b.messages))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("More than one foreign key")
                .hasMessageContaining("'users'").hasMessageContaining("'messages'");
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            // the explicit ON resolves the ambiguity
            assertThat(conn.execute(select(func.count()).selectFrom(
                    b.users.join(b.messages, b.messages.c("sender_id").eq(b.users.c("id"))))).scalar(Long.class))
                    .isZero();
        }
    }

    @AllDatabases
    void orderByDirectionsAndNullPlacement(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Column<Integer> age = b.users.c("age");
            assertThat(names(conn, select(name).orderBy(age.asc().nullsFirst())))
                    .containsExactly("Carol", "Bob", "Alice", "DAVE");
            assertThat(names(conn, select(name).orderBy(age.asc().nullsLast())))
                    .containsExactly("Bob", "Alice", "DAVE", "Carol");
            assertThat(names(conn, select(name).orderBy(age.desc().nullsFirst())))
                    .containsExactly("Carol", "DAVE", "Alice", "Bob");
            assertThat(names(conn, select(name).orderBy(age.desc().nullsLast())))
                    .containsExactly("DAVE", "Alice", "Bob", "Carol");
            // a label in ORDER BY, with null placement
            assertThat(names(conn, select(name, age.plus(1).label("next_age")).orderBy(
                    age.plus(1).label("next_age").desc().nullsLast()))).containsExactly("DAVE", "Alice", "Bob", "Carol");
        }
    }

    @AllDatabases
    void limitAndOffsetIncludingOffsetAlone(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> title = b.posts.c("title");
            Select ordered = select(title).orderBy(title);
            assertThat(names(conn, ordered)).containsExactly("Bob one", "Bob three", "Bob two", "Hello", "Second");
            assertThat(names(conn, ordered.limit(2))).containsExactly("Bob one", "Bob three");
            assertThat(names(conn, ordered.limit(2).offset(1))).containsExactly("Bob three", "Bob two");
            assertThat(names(conn, ordered.offset(3))).containsExactly("Hello", "Second");
            assertThat(names(conn, ordered.limit(0))).isEmpty();
        }
    }

    @AllDatabases
    void distinctLabelsArithmeticAndConcatenation(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<Long> userId = b.posts.c("user_id");
            assertThat(column(conn, select(userId).distinct())).hasSize(2);
            Column<Integer> age = b.users.c("age");
            Column<String> name = b.users.c("name");
            Row r = conn.execute(select(
                    age.plus(2).times(3).label("a"),
                    age.minus(age.minus(10)).label("b"),
                    age.times(2).dividedBy(age.minus(20)).label("c"),
                    age.negate().label("d"),
                    name.concat("-").concat(age.cast(Types.string(10))).label("tag"),
                    age.mod(7).label("e"))
                    .where(name.eq("Alice"))).one();
            assertThat(r.get("a", Integer.class)).isEqualTo(96); // (30 + 2) * 3
            assertThat(r.get("b", Integer.class)).isEqualTo(10); // 30 - (30 - 10)
            assertThat(r.get("c", Integer.class)).isEqualTo(6); // 60 / 10
            assertThat(r.get("d", Integer.class)).isEqualTo(-30);
            assertThat(r.get("tag")).isEqualTo("Alice-30");
            assertThat(r.get("e", Integer.class)).isEqualTo(2);
            assertThat(r.keys()).containsExactly("a", "b", "c", "d", "tag", "e");
        }
    }

    @AllDatabases
    void comparisonOperatorsAndNullComparisons(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Column<Integer> age = b.users.c("age");
            Column<String> email = b.users.c("email");
            Select s = select(name).orderBy(name);
            assertThat(names(conn, s.where(age.eq(30)))).containsExactly("Alice");
            assertThat(names(conn, s.where(age.ne(30)))).containsExactly("Bob", "DAVE");
            assertThat(names(conn, s.where(age.lt(30)))).containsExactly("Bob");
            assertThat(names(conn, s.where(age.le(30)))).containsExactly("Alice", "Bob");
            assertThat(names(conn, s.where(age.gt(30)))).containsExactly("DAVE");
            assertThat(names(conn, s.where(age.ge(30)))).containsExactly("Alice", "DAVE");
            assertThat(names(conn, s.where(email.eq((String) null)))).containsExactly("Carol");
            assertThat(names(conn, s.where(email.ne((String) null)))).containsExactly("Alice", "Bob", "DAVE");
            assertThat(names(conn, s.where(age.isNull()))).containsExactly("Carol");
            assertThat(names(conn, s.where(age.isNotNull()))).hasSize(3);
            assertThat(names(conn, s.where(age.between(25, 30)))).containsExactly("Alice", "Bob");
            assertThat(names(conn, s.where(and(age.gt(20), or(name.eq("Alice"), name.eq("DAVE"))))))
                    .containsExactly("Alice", "DAVE");
            assertThat(names(conn, s.where(or(and(age.gt(26), age.lt(35)), name.eq("Bob")))))
                    .containsExactly("Alice", "Bob");
            assertThat(names(conn, s.where(not(or(name.eq("Alice"), name.eq("Bob"))))))
                    .containsExactly("Carol", "DAVE");
            assertThat(names(conn, s.where(not(age.between(20, 35))))).containsExactly("DAVE");
        }
    }

    @AllDatabases
    void likeNotLikeAndCaseInsensitiveIlike(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Column<String> email = b.users.c("email");
            Select s = select(name).orderBy(name);
            assertThat(names(conn, s.where(email.like("%.org")))).containsExactly("DAVE");
            assertThat(names(conn, s.where(email.notLike("%.org")))).containsExactly("Alice", "Bob");
            // ILIKE folds case on both sides, whatever the column's collation
            assertThat(names(conn, s.where(email.ilike("%@EXAMPLE.COM")))).containsExactly("Alice", "Bob");
            assertThat(names(conn, s.where(name.ilike("b%")))).containsExactly("Bob");
            assertThat(names(conn, s.where(name.ilike("%A%")))).containsExactly("Alice", "Carol", "DAVE");
            assertThat(names(conn, s.where(name.notIlike("%a%")))).containsExactly("Bob");
        }
    }

    @AllDatabases
    void inAndNotInIncludingEmptyLists(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Select s = select(name).orderBy(name);
            assertThat(names(conn, s.where(name.in("Alice", "Bob", "nobody")))).containsExactly("Alice", "Bob");
            assertThat(names(conn, s.where(name.in(List.of())))).isEmpty();
            assertThat(names(conn, s.where(name.notIn(List.of())))).hasSize(4);
            assertThat(names(conn, s.where(name.notIn("Alice", "Bob")))).containsExactly("Carol", "DAVE");
            assertThat(names(conn, s.where(or(name.in(List.of()), name.eq("Carol"))))).containsExactly("Carol");
            assertThat(names(conn, s.where(not(name.in(List.of()))))).hasSize(4);
            // IN (SELECT ...)
            assertThat(names(conn, s.where(b.users.c("id").in(select(b.posts.c("user_id"))))))
                    .containsExactly("Alice", "Bob");
            assertThat(names(conn, s.where(b.users.c("id").notIn(
                    select(b.posts.c("user_id")).where(b.posts.c("user_id").isNotNull())))))
                    .containsExactly("Carol", "DAVE");
        }
    }

    @AllDatabases
    void aggregateAndScalarFunctions(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<Integer> score = b.posts.c("score");
            Row r = conn.execute(select(func.count().label("all_rows"), func.count(score).label("scored"),
                    func.countDistinct(b.posts.c("user_id")).label("authors"), func.sum(score).label("total"),
                    func.avg(score).label("mean"), func.min(score).label("low"), func.max(score).label("high"))
                    .selectFrom(b.posts)).one();
            assertThat(r.get("all_rows", Long.class)).isEqualTo(5L);
            assertThat(r.get("scored", Long.class)).isEqualTo(4L);
            assertThat(r.get("authors", Long.class)).isEqualTo(2L);
            assertThat(r.get("total", Long.class)).isEqualTo(23L);
            assertThat(r.get("mean", Double.class)).isEqualTo(5.75);
            assertThat(r.get("low", Integer.class)).isEqualTo(1);
            assertThat(r.get("high", Integer.class)).isEqualTo(10);

            Column<String> name = b.users.c("name");
            Column<String> email = b.users.c("email");
            Row s = conn.execute(select(func.lower(name).label("lo"), func.upper(name).label("up"),
                    func.coalesce(email, "none").label("mail"), func.call("length", name).label("len"),
                    func.now().label("ts")).where(name.eq("Carol"))).one();
            assertThat(s.get("lo")).isEqualTo("carol");
            assertThat(s.get("up")).isEqualTo("CAROL");
            assertThat(s.get("mail")).isEqualTo("none");
            assertThat(s.get("len", Integer.class)).isEqualTo(5);
            assertThat(s.get("ts", java.time.LocalDateTime.class)).isNotNull();
        }
    }

    @AllDatabases
    void caseWhenAndCast(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Column<Integer> age = b.users.c("age");
            var bracket = caseWhen(age.lt(28), "young").when(age.lt(35), "middle").otherwise("senior").label("bracket");
            List<Row> rows = conn.execute(select(name, bracket).orderBy(name)).all();
            assertThat(rows).extracting(r -> r.get("name") + ":" + r.get("bracket"))
                    .containsExactly("Alice:middle", "Bob:young", "Carol:senior", "DAVE:senior");
            Row r = conn.execute(select(cast(age, Types.string(10)).label("s"), cast(literal("42"), Types.INTEGER).label("i"))
                    .where(name.eq("Alice"))).one();
            assertThat(r.get("s")).isEqualTo("30");
            assertThat(r.get("i", Integer.class)).isEqualTo(42);
        }
    }

    @AllDatabases
    void derivedTablesScalarAndCorrelatedSubqueriesAndExists(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Table users = b.users;
            Table posts = b.posts;
            // derived table: posts per user, joined back to users
            Subquery counts = select(posts.c("user_id"), func.count(posts.c("id")).label("n"))
                    .groupBy(posts.c("user_id")).subquery("counts");
            List<Row> rows = conn.execute(select(users.c("name"), counts.c("n"))
                    .selectFrom(users.join(counts, counts.c("user_id").eq(users.c("id"))))
                    .orderBy(counts.c("n").desc())).all();
            assertThat(rows).extracting(r -> r.get("name") + "=" + r.get("n", Long.class))
                    .containsExactly("Bob=3", "Alice=2");
            // the guide's correlated count: posts.user_id == users.id correlates to the outer users
            ScalarSubquery<Long> postCount = select(func.count(posts.c("id"))).where(posts.c("user_id").eq(users.c("id")))
                    .scalarSubquery();
            List<Row> withCounts = conn.execute(select(users.c("name"), postCount.label("post_count"))
                    .orderBy(users.c("name"))).all();
            assertThat(withCounts).extracting(r -> r.get("name") + "=" + r.get("post_count", Long.class))
                    .containsExactly("Alice=2", "Bob=3", "Carol=0", "DAVE=0");
            // uncorrelated scalar subquery in WHERE
            assertThat(names(conn, select(posts.c("title")).where(posts.c("score").eq(
                    select(func.max(posts.c("score"))).scalarSubquery())))).containsExactly("Hello");
            // EXISTS and NOT EXISTS
            Select hasPosts = select(posts.c("id")).where(posts.c("user_id").eq(users.c("id")));
            assertThat(names(conn, select(users.c("name")).where(exists(hasPosts)).orderBy(users.c("name"))))
                    .containsExactly("Alice", "Bob");
            assertThat(names(conn, select(users.c("name")).where(not(hasPosts.exists())).orderBy(users.c("name"))))
                    .containsExactly("Carol", "DAVE");
            // a derived table selected as a whole
            Subquery adults = select(users.c("name"), users.c("age")).where(users.c("age").ge(30)).subquery("adults");
            assertThat(conn.execute(select(adults).orderBy(adults.c("name"))).all())
                    .extracting(r -> r.get("name") + ":" + r.get("age", Integer.class))
                    .containsExactly("Alice:30", "DAVE:41");
        }
    }

    @AllDatabases
    void aDerivedTableOverTheOuterTablesIsNotCorrelated(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Table users = b.users;
            Table posts = b.posts;
            // the derived table reads users and posts itself, though the outer query has users too
            Subquery titled = select(posts.c("id").label("post_id"), users.c("name").label("author"))
                    .where(posts.c("user_id").eq(users.c("id"))).subquery("titled");
            List<Row> rows = conn.execute(select(users.c("name"), func.count(titled.c("post_id")).label("n"))
                    .selectFrom(users.join(titled, titled.c("author").eq(users.c("name"))))
                    .groupBy(users.c("name")).orderBy(users.c("name"))).all();
            assertThat(rows).extracting(r -> r.get("name") + "=" + r.get("n", Long.class))
                    .containsExactly("Alice=2", "Bob=3");
        }
    }

    @AllDatabases
    void windowFunctions(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> title = b.posts.c("title");
            Column<Integer> score = b.posts.c("score");
            var rank = func.rowNumber().over(partitionBy(b.posts.c("user_id")), orderBy(score.desc().nullsLast()))
                    .label("post_rank");
            List<Row> rows = conn.execute(select(title, rank).orderBy(title)).all();
            assertThat(rows).extracting(r -> r.get("title") + "#" + r.get("post_rank", Long.class))
                    .containsExactly("Bob one#2", "Bob three#3", "Bob two#1", "Hello#1", "Second#2");
            List<Row> total = conn.execute(select(title, func.sum(score).over().label("total")).orderBy(title).limit(1)).all();
            assertThat(total.get(0).get("total", Long.class)).isEqualTo(23L);
        }
    }

    @AllDatabases
    void unionUnionAllIntersectExcept(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Column<Integer> age = b.users.c("age");
            Select young = select(name).where(age.lt(35));
            Select named = select(name).where(name.in("Alice", "Carol"));
            assertThat(names(conn, young.union(named).orderBy(name))).containsExactly("Alice", "Bob", "Carol");
            assertThat(names(conn, unionAll(young, named).orderBy(name))).containsExactly("Alice", "Alice", "Bob", "Carol");
            assertThat(names(conn, young.intersect(named))).containsExactly("Alice");
            assertThat(names(conn, young.except(named))).containsExactly("Bob");
            assertThat(names(conn, union(young, named).orderBy(name.desc()).limit(2).offset(1)))
                    .containsExactly("Bob", "Alice");
            // members with their own ORDER BY and LIMIT
            Select oldest = select(name).where(age.isNotNull()).orderBy(age.desc()).limit(1);
            Select youngest = select(name).where(age.isNotNull()).orderBy(age).limit(1);
            assertThat(names(conn, oldest.unionAll(youngest))).containsExactlyInAnyOrder("DAVE", "Bob");
            // a compound as a derived table
            Subquery both = young.union(named).subquery("both_sets");
            assertThat(conn.execute(select(func.count()).selectFrom(both)).scalar(Long.class)).isEqualTo(3L);
        }
    }
    @AllDatabases
    void bareParametersInTheSelectList(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            Row r = conn.execute(select(literal("x").label("s"), literal(5).plus(3).label("n"),
                    literal((String) null, Types.string(10)).label("nothing"),
                    func.coalesce(literal((Integer) null, Types.INTEGER), 7).label("c"),
                    caseWhen(literal(2).gt(1), "yes").otherwise("no").label("w"))).one();
            assertThat(r.get("s")).isEqualTo("x");
            assertThat(r.get("n", Integer.class)).isEqualTo(8);
            assertThat(r.get("nothing")).isNull();
            assertThat(r.get("c", Integer.class)).isEqualTo(7);
            assertThat(r.get("w")).isEqualTo("yes");
            assertThat(conn.execute(select(literal(null).label("u"))).one().get("u")).isNull();
        }
    }
    @AllDatabases
    void intersectAllAndExceptAllOrAClearErrorOnSqliteAndH2(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<Long> userId = b.posts.c("user_id");
            Select authors = select(userId);                                  // Alice x2, Bob x3
            Select bobTwice = select(userId).where(b.posts.c("title").in("Bob one", "Bob two"));
            if (db.kind() == dev.ormkit.testing.DatabaseKind.SQLITE || db.kind() == dev.ormkit.testing.DatabaseKind.H2) {
                assertThatThrownBy(() -> conn.execute(authors.intersectAll(bobTwice)))
                        .isInstanceOf(dev.ormkit.exc.CompileException.class)
                        .hasMessageContaining(conn.dialect().name() + " does not support INTERSECT ALL");
                assertThatThrownBy(() -> conn.execute(exceptAll(authors, bobTwice)))
                        .isInstanceOf(dev.ormkit.exc.CompileException.class).hasMessageContaining("EXCEPT ALL");
                return;
            }
            assertThat(column(conn, authors.intersectAll(bobTwice))).hasSize(2);
            assertThat(column(conn, authors.intersect(bobTwice))).hasSize(1);
            assertThat(column(conn, exceptAll(authors, bobTwice))).hasSize(3);
            assertThat(column(conn, authors.except(bobTwice))).hasSize(1);
        }
    }
}
