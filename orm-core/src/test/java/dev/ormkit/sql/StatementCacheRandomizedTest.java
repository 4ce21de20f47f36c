package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.h2.H2Dialect;
import dev.ormkit.dialect.mysql.MySqlDialect;
import dev.ormkit.dialect.postgresql.PostgresDialect;
import dev.ormkit.dialect.sqlite.SqliteDialect;
import dev.ormkit.exc.CompileException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;
import org.junit.jupiter.api.Test;

/**
 * Random statements, each built twice from one shape seed with different values: whatever the
 * cache hands back must equal a fresh compilation of that very statement (SQL, values, result
 * keys and types). Shapes are drawn from a small grammar so that many repeat and many differ
 * by one detail, which is where a key missing some structure would wrongly share SQL.
 *
 * <p>Run with {@code -Dormkit.seed=N} to replay a failure; the seed is printed in its message.
 */
class StatementCacheRandomizedTest {

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
    private static final int STATEMENTS = 3_000;

    private final Blog b = new Blog();
    private final Column<Long> id = b.users.c("id");
    private final Column<String> name = b.users.c("name");
    private final Column<String> email = b.users.c("email");
    private final Column<Integer> age = b.users.c("age");
    private final Column<Long> postUser = b.posts.c("user_id");
    private final Column<Integer> score = b.posts.c("score");
    private final Column<String> title = b.posts.c("title");

    @Test
    void cachedCompilationsEqualFreshOnesOnEveryDialect() {
        long seed = Long.getLong("ormkit.seed", 20_240_611L);
        for (Dialect d : List.of(new PostgresDialect(), new SqliteDialect(), new H2Dialect(), new MySqlDialect(true))) {
            Random shapes = new Random(seed);
            Random values = new Random(~seed);
            for (int i = 0; i < STATEMENTS; i++) {
                // few distinct shape seeds: most statements repeat a shape with new values
                long shapeSeed = shapes.nextInt(400);
                // scrambled: java.util.Random's first draws from nearby small seeds are nearly equal
                Executable statement = statement(new Random(new SplittableRandom(shapeSeed).nextLong()), values);
                try {
                    check(d, statement);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + seed + ", statement " + i + ", shape seed " + shapeSeed
                            + " on " + d.name() + ": " + describe(statement, d), e);
                }
            }
            assertThat(cached(d).compilations()).as(d.name() + ": shapes repeat, so most statements hit the cache")
                    .isLessThan(STATEMENTS / 3);
        }
    }

    private void check(Dialect d, Executable statement) {
        Compiled fresh;
        try {
            fresh = SqlCompiler.compile(statement, d);
        } catch (CompileException e) {
            // a construct the database lacks fails the same way through the cache
            assertThatThrownBy(() -> cached(d).compile(statement)).isInstanceOf(CompileException.class)
                    .hasMessage(e.getMessage());
            return;
        }
        Compiled cached = cached(d).compile(statement);
        Map<String, String> named = Map.of("who", "w");
        assertThat(cached.sql()).isEqualTo(fresh.sql());
        assertThat(cached.bind(named).values()).isEqualTo(fresh.bind(named).values());
        assertThat(cached.bind(named).types()).isEqualTo(fresh.bind(named).types());
        assertThat(cached.resultKeys()).isEqualTo(fresh.resultKeys());
        assertThat(cached.resultTypes()).isEqualTo(fresh.resultTypes());
    }

    private static String describe(Executable statement, Dialect d) {
        try {
            return SqlCompiler.compile(statement, d).sql();
        } catch (CompileException e) {
            return e.getMessage();
        }
    }

    // --- a small grammar: choices from `s` (the shape), values from `v` -------------------

    private Executable statement(Random s, Random v) {
        switch (s.nextInt(16)) {
            case 8: {
                Cte c = randomSelect(s, v).cte(s.nextBoolean() ? "c1" : "c2");
                Select outer = select(c.c("name")).where(c.c("name").ne("x" + v.nextInt(9)));
                return s.nextBoolean() ? outer : select(name).where(name.in(outer));
            }
            case 9: {
                Cte t = select(id, literal(v.nextInt(5)).label("d")).where(condition(s, v, 1)).cte("t", true);
                t = t.unionAll(select(id, t.<Integer>c("d").plus(v.nextInt(3))).selectFrom(b.users.join(t, id.eq(t.c("id"))))
                        .where(age.gt(v.nextInt(50))));
                return select(t.c("id"), t.c("d")).selectFrom(s.nextBoolean() ? t : t.alias("t2"));
            }
            case 10: {
                Values vals = values("v", s.nextBoolean() ? Column.of("k", Types.BIGINT) : Column.of("k", Types.INTEGER),
                        Column.of("label", Types.string(10)))
                        .data(rows(s, v));
                return s.nextBoolean()
                        ? select(name, vals.c("label")).selectFrom(b.users.join(vals, id.eq(vals.c("k"))))
                        : update(b.users).values(Map.of("name", vals.c("label"))).where(id.eq(vals.c("k")));
            }
            case 11: {
                Subquery top = select(title).where(postUser.eq(id), postCondition(s, v)).limit(1 + v.nextInt(3))
                        .lateral(s.nextBoolean() ? "top" : "best");
                return select(name, top.c("title")).selectFrom(b.users.join(top, trueValue()));
            }
            case 12:
                return s.nextBoolean()
                        ? update(b.users).values(assignment(s, v)).where(postUser.eq(id), postCondition(s, v))
                        : delete(b.posts).where(postUser.eq(id), condition(s, v, 1));
            case 13: {
                Cte gone = delete(b.posts).where(postCondition(s, v)).returning(b.posts.c("id"), postUser).cte("gone");
                return select(gone.c("user_id"), func.count()).selectFrom(gone).groupBy(gone.c("user_id"));
            }
            case 14:
            case 15:
                return oneDetail(s, v);
            case 0:
                return randomSelect(s, v).union(randomSelect(s, v));
            case 1:
                return update(b.users).values(assignment(s, v)).where(condition(s, v, 2));
            case 2:
                return delete(b.posts).where(postCondition(s, v));
            case 3:
                return insert(b.users).values(assignment(s, v));
            default:
                return randomSelect(s, v);
        }
    }

    /**
     * One small statement in many variants that differ in a single new element only: shapes
     * collide here all the time, so a key that missed the element would hand one variant
     * another's SQL.
     */
    private Executable oneDetail(Random s, Random v) {
        Select base = select(name).where(age.gt(v.nextInt(50)));
        switch (s.nextInt(20)) {
            case 0: return base.forUpdate();
            case 1: return base.forShare();
            case 2: return base.withForUpdate(ForUpdate.update().nowait());
            case 3: return base.withForUpdate(ForUpdate.update().skipLocked());
            case 4: return base.withForUpdate(ForUpdate.update().of(b.users));
            case 5: return base.withForUpdate(ForUpdate.share().skipLocked());
            case 6: return base.distinctOn(name);
            case 7: return base.distinctOn(age);
            case 8: return base.where(tuple(name, age).in(List.of("n", v.nextInt(9))));
            case 9: return base.where(tuple(name, age).notIn(List.of(List.of("n", v.nextInt(9)))));
            case 10: return select(func.count().filter(age.gt(v.nextInt(9))));
            case 11: return select(func.count().filter(age.lt(v.nextInt(9))));
            case 12: return select(func.percentileCont(0.5).withinGroup(age));
            case 13: return select(func.percentileCont(0.5).withinGroup(age.desc()));
            case 14: return select(base.lateral("q").c("name"));
            case 15: return select(base.subquery("q").c("name"));
            case 16: return select(base.cte("q").c("name"));
            case 17: return select(base.cte("q", true).c("name"));
            case 18: return select(base.cte("r").c("name"));
            default: return base;
        }
    }

    private Map<String, Object> assignment(Random s, Random v) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (s.nextBoolean()) {
            row.put("name", "n" + v.nextInt(1000));
        }
        if (s.nextBoolean()) {
            row.put("age", s.nextBoolean() ? (Object) v.nextInt(99) : age.plus(v.nextInt(5)));
        }
        row.put("email", s.nextInt(4) == 0 ? null : "e" + v.nextInt(1000));
        return row;
    }

    private Select randomSelect(Random s, Random v) {
        List<Object> columns = new ArrayList<>();
        columns.add(name);
        switch (s.nextInt(8)) {
            case 5:
                columns.add(s.nextBoolean() ? func.count().filter(age.gt(v.nextInt(50))).label("f")
                        : func.sum(age).filter(condition(s, v, 1)).label("f"));
                break;
            case 6:
                columns.add(func.percentileCont(v.nextInt(10) / 10.0).withinGroup(s.nextBoolean() ? age : age.desc())
                        .label("p"));
                break;
            case 7:
                columns.add(func.count().filter(age.lt(v.nextInt(9))).over(partitionBy(s.nextBoolean() ? name : email))
                        .label("w"));
                break;
            case 0:
                columns.add(age.plus(v.nextInt(10)).label(s.nextBoolean() ? "a" : "b"));
                break;
            case 1:
                columns.add(s.nextBoolean() ? func.upper(email) : func.lower(email));
                break;
            case 2:
                columns.add(select(func.count()).where(postUser.eq(id), score.gt(v.nextInt(10)))
                        .scalarSubquery().label("n"));
                break;
            case 3:
                columns.add(s.nextBoolean() ? literal(v.nextInt(9)).label("x") : literal("s" + v.nextInt(9)).label("x"));
                break;
            default:
                break;
        }
        Select select = select(columns.toArray()).where(condition(s, v, 3));
        if (s.nextBoolean()) {
            select = select.orderBy(s.nextBoolean() ? name.desc() : age.asc().nullsFirst());
        }
        if (s.nextInt(3) == 0) {
            select = select.limit(1 + v.nextInt(200));
        }
        if (s.nextInt(3) == 0) {
            select = select.offset(v.nextInt(200));
        }
        if (s.nextInt(6) == 0) {
            select = select.distinct();
        } else if (s.nextInt(8) == 0) {
            select = select.distinctOn(s.nextBoolean() ? name : age);
        }
        if (s.nextInt(4) == 0) {
            ForUpdate lock = s.nextBoolean() ? ForUpdate.update() : ForUpdate.share();
            switch (s.nextInt(4)) {
                case 0:
                    lock = lock.nowait();
                    break;
                case 1:
                    lock = lock.skipLocked();
                    break;
                case 2:
                    lock = lock.of(b.users);
                    break;
                default:
                    break;
            }
            select = select.withForUpdate(lock);
        }
        return select;
    }

    private Expression<Boolean> condition(Random s, Random v, int depth) {
        int pick = s.nextInt(depth > 0 ? 13 : 7);
        switch (pick) {
            case 0:
                return name.eq("n" + v.nextInt(1000));
            case 1:
                return age.gt(v.nextInt(100));
            case 2:
                return age.le(v.nextInt(100));
            case 12: {
                List<List<?>> rows = new ArrayList<>();
                int n = s.nextInt(3);
                for (int i = 0; i < n; i++) {
                    rows.add(List.of("n" + v.nextInt(9), v.nextInt(99)));
                }
                return s.nextBoolean() ? tuple(name, age).in(rows) : tuple(name, age).notIn(rows);
            }
            case 3: {
                List<Integer> in = new ArrayList<>();
                int n = s.nextInt(4);
                for (int i = 0; i < n; i++) {
                    in.add(v.nextInt(100));
                }
                return s.nextBoolean() ? age.in(in) : age.notIn(in);
            }
            case 4:
                return s.nextBoolean() ? email.isNull() : email.like("%" + v.nextInt(10) + "%");
            case 5:
                return age.between(v.nextInt(50), 50 + v.nextInt(50));
            case 6:
                return s.nextBoolean() ? or(name.eq(bindParam("who", name.type())), name.ne("z"))
                        : caseWhen(age.gt(v.nextInt(60)), "old").otherwise("young").eq(s.nextBoolean() ? "old" : "x");
            case 7:
                return and(condition(s, v, depth - 1), condition(s, v, depth - 1));
            case 8:
                return or(condition(s, v, depth - 1), condition(s, v, depth - 1), condition(s, v, depth - 1));
            case 9:
                return not(condition(s, v, depth - 1));
            case 10:
                return exists(select(b.posts.c("id")).where(postUser.eq(id), postCondition(s, v)));
            default:
                return name.in(select(title).where(postCondition(s, v)).limit(1 + v.nextInt(5)));
        }
    }

    private static List<List<?>> rows(Random s, Random v) {
        List<List<?>> rows = new ArrayList<>();
        int n = 1 + s.nextInt(3);
        for (int i = 0; i < n; i++) {
            rows.add(List.of((long) v.nextInt(9), "l" + v.nextInt(9)));
        }
        return rows;
    }

    private Expression<Boolean> postCondition(Random s, Random v) {
        switch (s.nextInt(3)) {
            case 0:
                return score.ge(v.nextInt(10));
            case 1:
                return title.like("t" + v.nextInt(10) + "%");
            default:
                return score.plus(v.nextInt(5)).lt(v.nextInt(20));
        }
    }
}
