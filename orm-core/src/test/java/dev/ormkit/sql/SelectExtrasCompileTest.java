package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.h2.H2Dialect;
import dev.ormkit.dialect.mysql.MySqlDialect;
import dev.ormkit.dialect.postgresql.PostgresDialect;
import dev.ormkit.dialect.sqlite.SqliteDialect;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.CompileException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;
import org.junit.jupiter.api.Test;

/**
 * The SQL each dialect renders for CTEs, row locks, DISTINCT ON, FILTER, WITHIN GROUP, tuple
 * IN, UPDATE ... FROM, DELETE ... USING, VALUES and LATERAL, and the CompileException (naming
 * the database) where a database lacks the construct.
 */
class SelectExtrasCompileTest {
    private static final Dialect PG = new PostgresDialect();
    private static final Dialect SQLITE = new SqliteDialect();
    private static final Dialect H2 = new H2Dialect();
    private static final Dialect MYSQL = new MySqlDialect(false);
    private static final Dialect MARIADB = new MySqlDialect(true);

    private final Blog b = new Blog();
    private final Column<Long> userId = b.users.c("id");
    private final Column<String> name = b.users.c("name");
    private final Column<Integer> age = b.users.c("age");
    private final Column<Long> postId = b.posts.c("id");
    private final Column<Long> postUser = b.posts.c("user_id");
    private final Column<Integer> score = b.posts.c("score");
    private final Column<Long> empId = b.employees.c("id");
    private final Column<String> empName = b.employees.c("name");
    private final Column<Long> managerId = b.employees.c("manager_id");

    private static String sql(Dialect d, Executable e) {
        return d.compile(e).sql();
    }

    private static void assertUnsupported(Dialect d, Executable e, String... fragments) {
        assertThatThrownBy(() -> sql(d, e)).isInstanceOf(CompileException.class)
                .hasMessageStartingWith(d.name() + " does not support")
                .hasMessageContainingAll(fragments);
    }

    // --- CTEs ------------------------------------------------------------------------------

    @Test
    void cteIsDefinedInWithAndReferencedByName() {
        Cte active = select(userId, name).where(age.gt(20)).cte("active");
        Select s = select(active.c("name"), postId).selectFrom(active.join(b.posts, postUser.eq(active.c("id"))));
        assertThat(sql(PG, s)).isEqualTo("WITH active AS (SELECT users.id, users.name FROM users WHERE users.age > ?) "
                + "SELECT active.name, posts.id FROM active JOIN posts ON posts.user_id = active.id");
        assertThat(sql(MARIADB, s)).startsWith("WITH active AS (SELECT users.id, users.name FROM users WHERE users.age > ?) "
                + "SELECT active.name");
        assertThat(PG.compile(s).resultKeys()).containsExactly("name", "id");
    }

    @Test
    void severalCtesAreWrittenOnceEachInDependencyOrder() {
        Cte big = select(postUser, score).where(score.gt(5)).cte("big");
        Cte authors = select(big.c("user_id")).distinct().cte("authors");
        // authors is used twice (FROM and a subquery): defined once, after big, which it uses
        Select s = select(name).where(userId.in(select(authors.c("user_id"))),
                exists(select(authors.c("user_id")).where(authors.c("user_id").eq(userId))));
        String text = sql(SQLITE, s);
        assertThat(text).startsWith("WITH big AS (SELECT posts.user_id, posts.score FROM posts WHERE posts.score > ?), "
                + "authors AS (SELECT DISTINCT big.user_id FROM big) SELECT users.name FROM users WHERE");
        assertThat(text.split("authors AS", -1)).hasSize(2);
    }

    @Test
    void recursiveCteNamesItsColumnsAndReferencesItselfByName() {
        Cte tree = select(empId, empName, literal(0).label("depth")).where(managerId.isNull()).cte("tree", true);
        tree = tree.unionAll(select(empId, empName, tree.c("depth").plus(1))
                .selectFrom(b.employees.join(tree, managerId.eq(tree.c("id")))));
        Select s = select(tree.c("name"), tree.c("depth")).selectFrom(tree).orderBy(tree.c("depth"));
        String expected = "WITH RECURSIVE tree (id, name, depth) AS (SELECT employees.id, employees.name, ? AS depth "
                + "FROM employees WHERE employees.manager_id IS NULL UNION ALL SELECT employees.id, employees.name, "
                + "tree.depth + ? FROM employees JOIN tree ON employees.manager_id = tree.id) "
                + "SELECT tree.name, tree.depth FROM tree ORDER BY tree.depth";
        assertThat(sql(PG, s)).isEqualTo(expected);
        assertThat(sql(H2, s)).isEqualTo(expected);
        assertThat(sql(SQLITE, s)).isEqualTo(expected);
        assertThat(sql(MARIADB, s)).isEqualTo(expected);
        assertThat(PG.compile(s).bind(Map.of()).values()).containsExactly(0, 1);
    }

    @Test
    void twoDifferentCtesOfOneNameAreAnError() {
        Cte a = select(name).cte("x");
        Cte c = select(empName).cte("x");
        assertThatThrownBy(() -> sql(PG, select(a.c("name"), c.c("name"))))
                .isInstanceOf(CompileException.class).hasMessageContaining("Two different CTEs are named x");
    }

    @Test
    void dataModifyingCteOnPostgresOnly() {
        Cte gone = delete(b.posts).where(score.lt(3)).returning(postId, postUser).cte("gone");
        Select s = select(gone.c("user_id"), func.count().label("n")).selectFrom(gone).groupBy(gone.c("user_id"));
        assertThat(sql(PG, s)).isEqualTo("WITH gone AS (DELETE FROM posts WHERE posts.score < ? RETURNING id, user_id) "
                + "SELECT gone.user_id, count(*) AS n FROM gone GROUP BY gone.user_id");
        // the RETURNING columns of the CTE are not the statement's result
        assertThat(PG.compile(s).resultKeys()).containsExactly("user_id", "n");
        for (Dialect d : List.of(SQLITE, H2, MARIADB)) {
            assertUnsupported(d, s, "DELETE inside WITH", "gone");
        }
    }

    @Test
    void cteInInsertGoesInFrontOfTheSelectWhereWithCannotLeadAnInsert() {
        Cte young = select(name, age).where(age.lt(30)).cte("young");
        Insert ins = insert(b.users).fromSelect(List.of(name, age), select(young.c("name"), young.c("age")));
        assertThat(sql(PG, ins)).isEqualTo("WITH young AS (SELECT users.name, users.age FROM users WHERE users.age < ?) "
                + "INSERT INTO users (name, age) SELECT young.name, young.age FROM young");
        assertThat(sql(H2, ins)).isEqualTo("INSERT INTO users (name, age) WITH young AS (SELECT users.name, users.age "
                + "FROM users WHERE users.age < ?) SELECT young.name, young.age FROM young");
        assertThat(sql(MARIADB, ins)).startsWith("INSERT INTO users (name, age) WITH young AS");
        Update upd = update(b.users).values(Map.of("age", 1)).where(name.in(select(young.c("name"))));
        assertThat(sql(PG, upd)).startsWith("WITH young AS (");
        assertThat(sql(MYSQL, upd)).startsWith("WITH young AS (");
        assertUnsupported(MARIADB, upd, "WITH", "young", "UPDATE");
        assertUnsupported(H2, upd, "WITH", "young", "UPDATE");
    }

    // --- row locks -------------------------------------------------------------------------

    @Test
    void rowLocksPerDialect() {
        Select base = select(name).where(age.gt(1));
        Select skip = base.withForUpdate(ForUpdate.update().skipLocked());
        Select nowaitOf = base.withForUpdate(ForUpdate.update().nowait().of(b.users));
        Select share = base.forShare();
        assertThat(sql(PG, skip)).endsWith("WHERE users.age > ? FOR UPDATE SKIP LOCKED");
        assertThat(sql(PG, nowaitOf)).endsWith(" FOR UPDATE OF users NOWAIT");
        assertThat(sql(PG, share)).endsWith(" FOR SHARE");
        assertThat(sql(MYSQL, nowaitOf)).endsWith(" FOR UPDATE OF users NOWAIT");
        assertThat(sql(MARIADB, skip)).endsWith(" FOR UPDATE SKIP LOCKED");
        assertThat(sql(MARIADB, share)).endsWith(" LOCK IN SHARE MODE");
        assertThat(sql(MARIADB, base.withForUpdate(ForUpdate.share().nowait()))).endsWith(" LOCK IN SHARE MODE NOWAIT");
        assertThat(sql(H2, skip.limit(3))).endsWith(" FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED");
        assertThat(sql(SQLITE, base.forUpdate())).isEqualTo("SELECT users.name FROM users WHERE users.age > ?");
        assertUnsupported(MARIADB, nowaitOf, "FOR UPDATE OF");
        assertUnsupported(H2, share, "FOR SHARE");
        assertUnsupported(SQLITE, skip, "SKIP LOCKED", "no row locks");
        assertUnsupported(SQLITE, share, "FOR SHARE");
        assertThatThrownBy(() -> ForUpdate.update().nowait().skipLocked()).isInstanceOf(ArgumentException.class);
    }

    // --- DISTINCT ON, FILTER, WITHIN GROUP, tuple IN -------------------------------------------

    @Test
    void distinctOnOnPostgresOnly() {
        Select s = select(postUser, score).distinctOn(postUser).orderBy(postUser, score.desc());
        assertThat(sql(PG, s)).isEqualTo("SELECT DISTINCT ON (posts.user_id) posts.user_id, posts.score FROM posts "
                + "ORDER BY posts.user_id, posts.score DESC");
        assertUnsupported(H2, s, "DISTINCT ON");
        assertUnsupported(SQLITE, s, "DISTINCT ON");
        assertUnsupported(MARIADB, s, "DISTINCT ON");
    }

    @Test
    void aggregateFilterIsNativeOrACase() {
        Select s = select(func.count().filter(score.gt(5)).label("high"), func.sum(score).filter(score.lt(5)).label("low"));
        assertThat(sql(PG, s)).isEqualTo("SELECT count(*) FILTER (WHERE posts.score > ?) AS high, "
                + "sum(posts.score) FILTER (WHERE posts.score < ?) AS low FROM posts");
        assertThat(sql(SQLITE, s)).isEqualTo(sql(PG, s));
        assertThat(sql(MARIADB, s)).isEqualTo("SELECT count(CASE WHEN posts.score > ? THEN 1 END) AS high, "
                + "sum(CASE WHEN posts.score < ? THEN posts.score END) AS low FROM posts");
        Select windowed = select(func.count().filter(score.gt(5)).over(partitionBy(postUser)));
        assertThat(sql(PG, windowed)).isEqualTo("SELECT count(*) FILTER (WHERE posts.score > ?) OVER "
                + "(PARTITION BY posts.user_id) FROM posts");
    }

    @Test
    void withinGroupOnPostgresAndH2() {
        Select s = select(func.percentileCont(0.5).withinGroup(age).label("median"));
        assertThat(sql(PG, s)).isEqualTo("SELECT percentile_cont(?) WITHIN GROUP (ORDER BY users.age) AS median FROM users");
        // H2 casts a function's parameters, which it cannot type alone
        assertThat(sql(H2, s)).isEqualTo("SELECT percentile_cont(CAST(? AS DOUBLE PRECISION)) WITHIN GROUP "
                + "(ORDER BY users.age) AS median FROM users");
        assertUnsupported(SQLITE, s, "percentile_cont WITHIN GROUP");
        assertUnsupported(MARIADB, s, "WITHIN GROUP");
    }

    @Test
    void tupleIn() {
        Select s = select(postId).where(tuple(postUser, score).in(List.of(1L, 5), List.of(2L, 7)));
        assertThat(sql(PG, s)).isEqualTo("SELECT posts.id FROM posts WHERE (posts.user_id, posts.score) IN ((?, ?), (?, ?))");
        assertThat(sql(SQLITE, s)).isEqualTo(sql(PG, s));
        assertThat(PG.compile(s).bind(Map.of()).values()).containsExactly(1L, 5, 2L, 7);
        assertThat(sql(PG, select(postId).where(tuple(postUser, score).in(List.<List<?>>of()))))
                .endsWith("WHERE 1 = 0");
        assertThat(sql(MARIADB, select(postId).where(tuple(postUser, score).notIn(select(userId, age)))))
                .endsWith("WHERE (posts.user_id, posts.score) NOT IN (SELECT users.id, users.age FROM users)");
        assertThatThrownBy(() -> tuple(postUser, score).in(List.of(1L))).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("1 values for a tuple of 2");
    }

    // --- UPDATE FROM, DELETE USING -----------------------------------------------------------

    @Test
    void updateFromPerDialect() {
        Update u = update(b.users).values(Map.of("age", score)).where(postUser.eq(userId), score.gt(8));
        assertThat(sql(PG, u)).isEqualTo("UPDATE users SET age = posts.score FROM posts "
                + "WHERE posts.user_id = users.id AND posts.score > ?");
        assertThat(sql(SQLITE, u)).isEqualTo(sql(PG, u));
        assertThat(sql(MARIADB, u)).isEqualTo("UPDATE users, posts SET users.age = posts.score "
                + "WHERE posts.user_id = users.id AND posts.score > ?");
        assertUnsupported(H2, u, "UPDATE ... FROM");
    }

    @Test
    void deleteUsingPerDialect() {
        Delete d = delete(b.posts).where(postUser.eq(userId), name.eq("Bob"));
        assertThat(sql(PG, d)).isEqualTo("DELETE FROM posts USING users WHERE posts.user_id = users.id AND users.name = ?");
        assertThat(sql(MARIADB, d)).isEqualTo("DELETE FROM posts USING posts, users "
                + "WHERE posts.user_id = users.id AND users.name = ?");
        assertUnsupported(SQLITE, d, "DELETE ... USING");
        assertUnsupported(H2, d, "DELETE ... USING");
        // a correlated EXISTS is no extra FROM: it stays a plain DELETE everywhere
        Delete correlated = delete(b.posts).where(exists(select(userId).where(userId.eq(postUser), name.eq("Bob"))));
        assertThat(sql(SQLITE, correlated)).isEqualTo("DELETE FROM posts WHERE EXISTS (SELECT users.id FROM users "
                + "WHERE users.id = posts.user_id AND users.name = ?)");
    }

    // --- VALUES, LATERAL ---------------------------------------------------------------------

    @Test
    void valuesAsAFromElement() {
        Values v = values("v", Column.of("id", Types.BIGINT), Column.of("label", Types.string(10)))
                .data(List.of(1L, "a"), List.of(2L, "b"));
        Select s = select(name, v.c("label")).selectFrom(b.users.join(v, userId.eq(v.c("id"))));
        assertThat(sql(PG, s)).isEqualTo("SELECT users.name, v.label FROM users JOIN (VALUES (CAST(? AS BIGINT), "
                + "CAST(? AS VARCHAR(10))), (CAST(? AS BIGINT), CAST(? AS VARCHAR(10)))) AS v (id, label) ON users.id = v.id");
        assertThat(sql(SQLITE, s)).isEqualTo("SELECT users.name, v.label FROM users JOIN (SELECT CAST(? AS INTEGER) AS id, "
                + "CAST(? AS VARCHAR(10)) AS label UNION ALL SELECT CAST(? AS INTEGER), CAST(? AS VARCHAR(10))) AS v "
                + "ON users.id = v.id");
        assertThat(sql(MARIADB, s)).contains("(SELECT CAST(? AS SIGNED) AS id, CAST(? AS CHAR(10)) AS label UNION ALL");
        assertThat(PG.compile(s).bind(Map.of()).values()).containsExactly(1L, "a", 2L, "b");
        assertThatThrownBy(() -> v.data(List.of(1L))).isInstanceOf(ArgumentException.class);
    }

    @Test
    void lateralCorrelatesToTheFromBeforeIt() {
        Subquery top = select(b.posts.c("title"), score).where(postUser.eq(userId)).orderBy(score.desc()).limit(1)
                .lateral("top");
        Select s = select(name, top.c("title")).selectFrom(b.users.join(top, trueValue()));
        assertThat(sql(PG, s)).isEqualTo("SELECT users.name, top.title FROM users JOIN LATERAL (SELECT posts.title, "
                + "posts.score FROM posts WHERE posts.user_id = users.id ORDER BY posts.score DESC LIMIT ?) AS top ON TRUE");
        assertThat(sql(MYSQL, s)).contains("JOIN LATERAL (SELECT");
        assertUnsupported(MARIADB, s, "LATERAL", "top");
        assertUnsupported(SQLITE, s, "LATERAL");
        assertUnsupported(H2, s, "LATERAL");
    }

    // --- cache keys --------------------------------------------------------------------------

    @Test
    void everyNewElementIsPartOfTheCacheKey() {
        Dialect d = new PostgresDialect();
        List<Executable> distinct = List.of(
                select(name).forUpdate(), select(name).forShare(),
                select(name).withForUpdate(ForUpdate.update().nowait()),
                select(name).withForUpdate(ForUpdate.update().skipLocked()),
                select(name).withForUpdate(ForUpdate.update().of(b.users)),
                select(name).distinctOn(name), select(name).distinctOn(age),
                select(func.count().filter(age.gt(1))), select(func.count().filter(age.lt(1))),
                select(func.percentileCont(0.5).withinGroup(age)), select(func.percentileCont(0.5).withinGroup(age.desc())),
                select(name).where(tuple(name, age).in(List.of("a", 1))),
                select(name).where(tuple(name, age).in(List.of("a", 1), List.of("b", 2))),
                select(name).where(tuple(name, age).notIn(List.of(List.of("a", 1)))),
                select(select(name).cte("c1").c("name")), select(select(name).cte("c2").c("name")),
                select(select(name).cte("c1", true).c("name")),
                select(select(name).lateral("l").c("name")), select(select(name).subquery("l").c("name")),
                update(b.users).values(Map.of("age", score)).where(postUser.eq(userId)),
                update(b.users).values(Map.of("age", 1)).where(userId.eq(2L)),
                select(values("v", Column.of("a", Types.INTEGER)).data(List.of(1)).c("a")),
                select(values("v", Column.of("a", Types.INTEGER)).data(List.of(1), List.of(2)).c("a")),
                select(values("v", Column.of("a", Types.BIGINT)).data(List.of(1L)).c("a")));
        java.util.Set<String> sqls = new java.util.HashSet<>();
        for (Executable e : distinct) {
            Compiled c = d.compile(e);
            assertThat(c.sql()).isEqualTo(SqlCompiler.compile(e, d).sql());
            sqls.add(c.sql());
        }
        assertThat(sqls).hasSize(distinct.size());
    }
}
