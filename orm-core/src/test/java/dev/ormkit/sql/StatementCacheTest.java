package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.h2.H2Dialect;
import dev.ormkit.dialect.mysql.MySqlDialect;
import dev.ormkit.dialect.postgresql.PostgresDialect;
import dev.ormkit.dialect.sqlite.SqliteDialect;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import org.junit.jupiter.api.Test;

/**
 * Statements are compiled once per shape: built apart with other values they share the SQL
 * and bind their own values; any structural difference gets its own compilation.
 */
class StatementCacheTest {

    /** Each dialect's own statement cache for this test (engines keep one each; dialects keep none). */
    private final java.util.Map<Dialect, Cached> caches = new java.util.IdentityHashMap<>();

    private Cached cached(Dialect d) {
        return caches.computeIfAbsent(d, x -> new Cached(x, new StatementCache(500)));
    }

    /** A dialect and a statement cache, compiling as an engine does. */
    private record Cached(Dialect dialect, StatementCache cache) {
        Compiled compile(Executable statement) {
            return cache.compile(statement, dialect);
        }

        long compilations() {
            return cache.compilations();
        }
    }
    private final Blog b = new Blog();
    private final Column<String> name = b.users.c("name");
    private final Column<String> email = b.users.c("email");
    private final Column<Integer> age = b.users.c("age");

    private static List<Dialect> dialects() {
        return List.of(new PostgresDialect(), new SqliteDialect(), new H2Dialect(), new MySqlDialect(true));
    }

    private static List<Object> values(Compiled c) {
        return c.bind(Map.of()).values();
    }

    @Test
    void statementsDifferingOnlyInValuesCompileOnce() {
        for (Dialect d : dialects()) {
            Compiled alice = cached(d).compile(select(b.users).where(name.eq("alice")));
            Compiled bob = cached(d).compile(select(b.users).where(name.eq("bob")));
            assertThat(cached(d).compilations()).as(d.name()).isEqualTo(1);
            assertThat(bob.sql()).isSameAs(alice.sql());
            assertThat(values(alice)).containsExactly("alice");
            assertThat(values(bob)).containsExactly("bob");
            assertThat(bob.resultKeys()).isEqualTo(alice.resultKeys());
        }
    }

    @Test
    void theSameStatementObjectGetsTheSameCompiledBack() {
        Dialect d = new PostgresDialect();
        Select first = select(name).where(age.gt(20));
        Select second = select(name).where(age.gt(30));
        Compiled c1 = cached(d).compile(first);
        Compiled c2 = cached(d).compile(second);
        assertThat(cached(d).compile(first)).isSameAs(c1);
        assertThat(cached(d).compile(second)).isSameAs(c2);
        assertThat(values(cached(d).compile(first))).containsExactly(20);
        assertThat(cached(d).compilations()).isEqualTo(1);
    }

    @Test
    void valuesInEveryPartOfASelectAreTakenFromTheNewStatement() {
        for (Dialect d : dialects()) {
            Compiled first = cached(d).compile(shapeWithValuesEverywhere(5, "x%", 1, 2, 3L, 1L, "A"));
            Compiled second = cached(d).compile(shapeWithValuesEverywhere(6, "y%", 7, 8, 4L, 2L, "B"));
            assertThat(cached(d).compilations()).as(d.name()).isEqualTo(1);
            Compiled fresh = SqlCompiler.compile(shapeWithValuesEverywhere(6, "y%", 7, 8, 4L, 2L, "B"), d);
            assertThat(second.sql()).isEqualTo(fresh.sql());
            assertThat(values(second)).as(d.name()).isEqualTo(values(fresh)).isNotEqualTo(values(first));
        }
    }

    private Select shapeWithValuesEverywhere(int plus, String pattern, int low, int high, long limit, long offset,
                                             String label) {
        Column<Long> userId = b.posts.c("user_id");
        Column<Integer> score = b.posts.c("score");
        Select postsOfUser = select(func.count(b.posts.c("id"))).where(userId.eq(b.users.c("id")),
                score.gt(low));
        return select(name, age.plus(plus).label("older"), literal(label).label("tag"), postsOfUser.scalarSubquery())
                .where(name.like(pattern), age.between(low, high + 100), not(email.in("a@x", "b@x")),
                        caseWhen(age.gt(high), "old").otherwise("young").eq("young"))
                .orderBy(name.desc()).limit(limit).offset(offset);
    }

    @Test
    void differentShapesNeverShareACompilation() {
        Table otherUsers = new MetaData().table("users",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("name", Types.string(50)).notNull(),
                Column.of("email", Types.string(100)),
                Column.of("age", Types.INTEGER));
        TableAlias u1 = b.users.alias("u");
        Map<String, List<Supplier<Executable>>> pairs = new LinkedHashMap<>();
        pairs.put("operator", List.of(() -> select(name).where(age.gt(1)), () -> select(name).where(age.lt(1))));
        pairs.put("column", List.of(() -> select(name).where(name.eq("a")), () -> select(name).where(email.eq("a"))));
        pairs.put("table of another MetaData", List.of(() -> select(name).where(name.eq("a")),
                () -> select(otherUsers.c("name")).where(otherUsers.<String>c("name").eq("a"))));
        pairs.put("IN-list length", List.of(() -> select(name).where(age.in(1, 2)),
                () -> select(name).where(age.in(1, 2, 3))));
        pairs.put("limit present or absent", List.of(() -> select(name), () -> select(name).limit(5)));
        pairs.put("limit or offset", List.of(() -> select(name).limit(5), () -> select(name).offset(5)));
        pairs.put("label name", List.of(() -> select(age.label("a")), () -> select(age.label("b"))));
        pairs.put("function name", List.of(() -> select(func.upper(name)), () -> select(func.lower(name))));
        pairs.put("ORDER BY direction", List.of(() -> select(name).orderBy(name.asc()),
                () -> select(name).orderBy(name.desc())));
        pairs.put("NULLS placement", List.of(() -> select(name).orderBy(age.asc().nullsFirst()),
                () -> select(name).orderBy(age.asc().nullsLast())));
        pairs.put("text SQL", List.of(() -> text("SELECT name FROM users WHERE age > :a"),
                () -> text("SELECT name FROM users WHERE age >= :a")));
        pairs.put("parameter name", List.of(() -> text("SELECT :a"), () -> text("SELECT :b")));
        pairs.put("named or valued", List.of(() -> select(name).where(name.eq(bindParam("who", name.type()))),
                () -> select(name).where(name.eq("who"))));
        pairs.put("untyped value's class", List.of(() -> select(literal(1).label("x")),
                () -> select(literal("1").label("x"))));
        pairs.put("distinct", List.of(() -> select(name), () -> select(name).distinct()));
        pairs.put("count distinct", List.of(() -> select(func.count(name)), () -> select(func.countDistinct(name))));
        pairs.put("literal SQL", List.of(() -> select(literalColumn("1")), () -> select(literalColumn("2"))));
        pairs.put("AND or OR", List.of(() -> select(name).where(and(age.gt(1), age.lt(9))),
                () -> select(name).where(or(age.gt(1), age.lt(9)))));
        pairs.put("alias name", List.of(() -> select(b.users.alias("u").c("name")),
                () -> select(b.users.alias("v").c("name"))));
        Column<Long> postUser = b.posts.c("user_id");
        pairs.put("correlated or not", List.of(
                () -> select(u1.c("name")).where(exists(select(postUser).where(postUser.eq(u1.c("id"))))),
                () -> select(u1.c("name")).where(exists(select(postUser)
                        .where(postUser.eq(b.users.alias("u").c("id")))))));
        pairs.put("union or union all", List.of(() -> select(name).union(select(email)),
                () -> select(name).unionAll(select(email))));
        pairs.put("update targets", List.of(() -> update(b.users).values(Map.of("name", "x")),
                () -> update(b.users).values(Map.of("email", "x"))));
        pairs.put("rows in a multi-row insert", List.of(
                () -> insert(b.kv).values(List.of(Map.of("k", "a"), Map.of("k", "b"))),
                () -> insert(b.kv).values(List.of(Map.of("k", "a"), Map.of("k", "b"), Map.of("k", "c")))));
        pairs.put("RETURNING", List.of(() -> delete(b.kv).where(b.kv.<String>c("k").eq("a")),
                () -> delete(b.kv).where(b.kv.<String>c("k").eq("a")).returning(b.kv.c("id"))));
        for (Map.Entry<String, List<Supplier<Executable>>> pair : pairs.entrySet()) {
            Dialect d = new PostgresDialect();
            Executable one = pair.getValue().get(0).get();
            Executable other = pair.getValue().get(1).get();
            Compiled c1 = cached(d).compile(one);
            Compiled c2 = cached(d).compile(other);
            assertThat(cached(d).compilations()).as(pair.getKey()).isEqualTo(2);
            assertThat(c1.sql()).as(pair.getKey()).isEqualTo(SqlCompiler.compile(one, d).sql());
            assertThat(c2.sql()).as(pair.getKey()).isEqualTo(SqlCompiler.compile(other, d).sql());
            // and each shape, built again, finds its own compilation
            cached(d).compile(pair.getValue().get(0).get());
            cached(d).compile(pair.getValue().get(1).get());
            assertThat(cached(d).compilations()).as(pair.getKey() + " built again").isEqualTo(2);
        }
    }

    @Test
    void aCorrelatedAliasAndTwoEqualAliasesRenderDifferently() {
        Dialect d = new PostgresDialect();
        TableAlias u = b.users.alias("u");
        Column<Long> postUser = b.posts.c("user_id");
        Select correlated = select(u.c("name")).where(exists(select(b.posts.c("id"))
                .where(postUser.eq(u.c("id")), b.posts.<Integer>c("score").gt(1))));
        Select separate = select(u.c("name")).where(exists(select(b.posts.c("id"))
                .where(postUser.eq(b.users.alias("u").c("id")), b.posts.<Integer>c("score").gt(2))));
        assertThat(cached(d).compile(correlated).sql()).isEqualTo("SELECT u.name FROM users AS u WHERE EXISTS"
                + " (SELECT posts.id FROM posts WHERE posts.user_id = u.id AND posts.score > ?)");
        assertThat(cached(d).compile(separate).sql()).isEqualTo("SELECT u.name FROM users AS u WHERE EXISTS"
                + " (SELECT posts.id FROM posts, users AS u WHERE posts.user_id = u.id AND posts.score > ?)");
        assertThat(cached(d).compilations()).isEqualTo(2);
    }

    @Test
    void namedParametersStillBindByName() {
        Dialect d = new H2Dialect();
        Compiled first = cached(d).compile(select(name).where(name.eq(bindParam("who", name.type())), age.gt(18)));
        Compiled second = cached(d).compile(select(name).where(name.eq(bindParam("who", name.type())), age.gt(21)));
        assertThat(cached(d).compilations()).isEqualTo(1);
        assertThat(first.bind(Map.of("who", "a")).values()).containsExactly("a", 18);
        assertThat(second.bind(Map.of("who", "b")).values()).containsExactly("b", 21);
    }

    @Test
    void oneParameterObjectUsedTwiceIsNotMistakenForTwo() {
        Dialect d = new PostgresDialect();
        BindParam<String> shared = new BindParam<>("s", name.type());
        // equal types on both sides, so that the two statements are of one shape
        Select sharing = select(name).where(or(name.eq(shared), name.ne(shared)));
        Select apart = select(name).where(or(name.eq("p"), name.ne("q")));
        assertThat(values(cached(d).compile(sharing))).containsExactly("s", "s");
        assertThat(values(cached(d).compile(apart))).containsExactly("p", "q");
        // the other way round: the shape compiled from separate parameters serves the shared one
        Dialect d2 = new PostgresDialect();
        assertThat(values(cached(d2).compile(apart))).containsExactly("p", "q");
        assertThat(values(cached(d2).compile(sharing))).containsExactly("s", "s");
        assertThat(cached(d2).compilations()).isEqualTo(1);
    }

    @Test
    void limitAndOffsetAreBoundSoPagingCompilesOnce() {
        for (Dialect d : dialects()) {
            Select page = select(name).orderBy(name);
            Compiled p1 = cached(d).compile(page.limit(10).offset(0));
            Compiled p3 = cached(d).compile(page.limit(10).offset(20));
            Compiled p4 = cached(d).compile(page.limit(10).offset(30));
            assertThat(cached(d).compilations()).as(d.name()).isEqualTo(1);
            assertThat(values(p1)).as(d.name()).containsExactlyInAnyOrder(10L, 0L);
            assertThat(values(p3)).as(d.name()).containsExactlyInAnyOrder(10L, 20L);
            assertThat(values(p4)).as(d.name()).isEqualTo(values(SqlCompiler.compile(page.limit(10).offset(30), d)));
            // equal limit and offset are one boxed object: still right, and they do not spoil the shape
            Compiled p2 = cached(d).compile(page.limit(10).offset(10));
            assertThat(values(p2)).containsExactly(10L, 10L);
            assertThat(values(cached(d).compile(page.limit(10).offset(40))))
                    .isEqualTo(values(SqlCompiler.compile(page.limit(10).offset(40), d)));
        }
    }

    @Test
    void theMetamodelAndMappedClassesShareShapes() {
        Dialect d = new PostgresDialect();
        Compiled alice = cached(d).compile(select(User.class).where(User_.username.eq("alice")));
        Compiled bob = cached(d).compile(select(User.class).where(User_.username.eq("bob")));
        assertThat(cached(d).compilations()).isEqualTo(1);
        assertThat(bob.sql()).isEqualTo(alice.sql()).endsWith("WHERE users.username = ?");
        assertThat(values(bob)).containsExactly("bob");
    }

    /** A node that does not describe its shape; its statements are cached per instance only. */
    private static final class RawNumber extends Expression<Integer> {
        private final int n;

        RawNumber(int n) {
            this.n = n;
        }

        @Override
        public void compileTo(SqlCompiler compiler) {
            compiler.append(Integer.toString(n));
        }
    }

    @Test
    void aNodeWithoutAKeyMakesItsStatementCachedPerInstance() {
        Dialect d = new SqliteDialect();
        Select one = select(new RawNumber(1).label("n")).where(age.gt(1));
        Select two = select(new RawNumber(2).label("n")).where(age.gt(1));
        assertThat(cached(d).compile(one).sql()).isEqualTo("SELECT 1 AS n FROM users WHERE users.age > ?");
        assertThat(cached(d).compile(two).sql()).isEqualTo("SELECT 2 AS n FROM users WHERE users.age > ?");
        assertThat(cached(d).compile(one)).isSameAs(cached(d).compile(one));
        assertThat(cached(d).compilations()).isEqualTo(2);
    }

    @Test
    void theCacheIsBoundedAndDropsTheLeastRecentlyUsed() {
        StatementCache cache = new StatementCache(4);
        Dialect d = new H2Dialect();
        List<Select> shapes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shapes.add(select(name).where(age.in(new ArrayList<>(java.util.Collections.nCopies(i + 1, 7)))));
        }
        for (Select s : shapes) {
            cache.compile(s, d);
        }
        // the fifth shape went past the capacity: the oldest quarter-plus went, down to three
        assertThat(cache.size()).isEqualTo(3);
        long compiled = cache.compilations();
        cache.compile(shapes.get(4), d);
        cache.compile(shapes.get(2), d);
        assertThat(cache.compilations()).isEqualTo(compiled);
        cache.compile(shapes.get(0), d);
        assertThat(cache.compilations()).isEqualTo(compiled + 1);
        for (int i = 0; i < 100; i++) {
            cache.compile(select(name).where(age.in(new ArrayList<>(java.util.Collections.nCopies(i + 6, 7)))), d);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(4);
    }
}
