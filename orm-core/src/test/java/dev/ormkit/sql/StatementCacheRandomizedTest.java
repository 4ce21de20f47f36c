package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.h2.H2Dialect;
import dev.ormkit.dialect.mysql.MySqlDialect;
import dev.ormkit.dialect.postgresql.PostgresDialect;
import dev.ormkit.dialect.sqlite.SqliteDialect;
import dev.ormkit.schema.Column;
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
                Executable statement = statement(new Random(shapeSeed), values);
                try {
                    check(d, statement);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + seed + ", statement " + i + ", shape seed " + shapeSeed
                            + " on " + d.name() + ": " + SqlCompiler.compile(statement, d).sql(), e);
                }
            }
            assertThat(cached(d).compilations()).as(d.name() + ": shapes repeat, so most statements hit the cache")
                    .isLessThan(STATEMENTS / 3);
        }
    }

    private void check(Dialect d, Executable statement) {
        Compiled cached = cached(d).compile(statement);
        Compiled fresh = SqlCompiler.compile(statement, d);
        Map<String, String> named = Map.of("who", "w");
        assertThat(cached.sql()).isEqualTo(fresh.sql());
        assertThat(cached.bind(named).values()).isEqualTo(fresh.bind(named).values());
        assertThat(cached.bind(named).types()).isEqualTo(fresh.bind(named).types());
        assertThat(cached.resultKeys()).isEqualTo(fresh.resultKeys());
        assertThat(cached.resultTypes()).isEqualTo(fresh.resultTypes());
    }

    // --- a small grammar: choices from `s` (the shape), values from `v` -------------------

    private Executable statement(Random s, Random v) {
        switch (s.nextInt(8)) {
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
        switch (s.nextInt(5)) {
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
        }
        return select;
    }

    private Expression<Boolean> condition(Random s, Random v, int depth) {
        int pick = s.nextInt(depth > 0 ? 12 : 7);
        switch (pick) {
            case 0:
                return name.eq("n" + v.nextInt(1000));
            case 1:
                return age.gt(v.nextInt(100));
            case 2:
                return age.le(v.nextInt(100));
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
