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
import dev.ormkit.exc.CompileException;
import dev.ormkit.schema.Column;
import org.junit.jupiter.api.Test;

/** The SQL text each dialect renders, checked exactly where the databases differ. */
class SqlCompileTest {
    private static final Dialect PG = new PostgresDialect();
    private static final Dialect SQLITE = new SqliteDialect();
    private static final Dialect H2 = new H2Dialect();
    private static final Dialect MYSQL = new MySqlDialect(false);
    private static final Dialect MARIADB = new MySqlDialect(true);

    private final Blog b = new Blog();
    private final Column<String> name = b.users.c("name");
    private final Column<Integer> age = b.users.c("age");

    private static String sql(Dialect d, Executable e) {
        return d.compile(e).sql();
    }

    @Test
    void limitAndOffsetInEachDialectsSyntax() {
        Select s = select(name).limit(10).offset(20);
        assertThat(sql(PG, s)).isEqualTo("SELECT users.name FROM users LIMIT ? OFFSET ?");
        assertThat(sql(H2, s)).isEqualTo("SELECT users.name FROM users OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        assertThat(sql(MYSQL, s)).isEqualTo("SELECT users.name FROM users LIMIT ? OFFSET ?");
        Select offsetOnly = select(name).offset(5);
        assertThat(sql(PG, offsetOnly)).isEqualTo("SELECT users.name FROM users OFFSET ?");
        assertThat(sql(SQLITE, offsetOnly)).isEqualTo("SELECT users.name FROM users LIMIT -1 OFFSET ?");
        assertThat(sql(MARIADB, offsetOnly)).isEqualTo("SELECT users.name FROM users LIMIT 18446744073709551615 OFFSET ?");
        assertThat(sql(H2, offsetOnly)).isEqualTo("SELECT users.name FROM users OFFSET ? ROWS");
        // paging values are parameters, bound in placeholder order
        assertThat(H2.compile(s).bind(Map.of()).values()).containsExactly(20L, 10L);
        assertThat(PG.compile(s).bind(Map.of()).values()).containsExactly(10L, 20L);
    }

    @Test
    void nullPlacementIsEmulatedOnMySql() {
        Select s = select(name).orderBy(age.desc().nullsLast(), name.asc().nullsFirst());
        assertThat(sql(PG, s)).endsWith("ORDER BY users.age DESC NULLS LAST, users.name NULLS FIRST");
        assertThat(sql(MYSQL, s)).endsWith("ORDER BY users.age IS NULL, users.age DESC, users.name IS NULL DESC, users.name");
    }

    @Test
    void concatenationIlikeAndEqualsNull() {
        Select s = select(name.concat("!")).where(name.ilike("a%"), b.users.c("email").eq((String) null));
        assertThat(sql(PG, s)).isEqualTo("SELECT users.name || ? FROM users WHERE users.name ILIKE ? AND users.email IS NULL");
        assertThat(sql(H2, s)).contains("users.name ILIKE ?");
        assertThat(sql(SQLITE, s)).contains("lower(users.name) LIKE lower(?)");
        assertThat(sql(MYSQL, s)).isEqualTo(
                "SELECT CONCAT(users.name, ?) FROM users WHERE lower(users.name) LIKE lower(?) AND users.email IS NULL");
    }

    @Test
    void parenthesesFollowPrecedence() {
        assertThat(sql(PG, select(age.plus(1).times(age.minus(2)))))
                .isEqualTo("SELECT (users.age + ?) * (users.age - ?) FROM users");
        assertThat(sql(PG, select(age.minus(age.minus(1))))).isEqualTo("SELECT users.age - (users.age - ?) FROM users");
        assertThat(sql(PG, select(age.negate().negate()))).isEqualTo("SELECT -(-users.age) FROM users");
        assertThat(sql(PG, select(name).where(and(or(age.lt(1), age.gt(9)), not(name.eq("x"))))))
                .isEqualTo("SELECT users.name FROM users WHERE (users.age < ? OR users.age > ?) AND NOT (users.name = ?)");
        assertThat(sql(PG, select(name).where(or(and(age.lt(1), age.gt(9)), name.in(List.of())))))
                .isEqualTo("SELECT users.name FROM users WHERE users.age < ? AND users.age > ? OR 1 = 0");
    }

    @Test
    void labelsNameTheirColumnInOrderByButNotInGroupBy() {
        var lowered = func.lower(name).label("name");
        Select s = select(lowered, func.count().label("n")).groupBy(lowered).orderBy(lowered, func.count().label("n").desc());
        assertThat(sql(PG, s)).isEqualTo("SELECT lower(users.name) AS name, count(*) AS n FROM users "
                + "GROUP BY lower(users.name) ORDER BY name, n DESC");
        // a label inside a larger ORDER BY expression is the expression again
        assertThat(sql(PG, select(name).orderBy(age.label("a").plus(1))))
                .isEqualTo("SELECT users.name FROM users ORDER BY users.age + ?");
    }

    @Test
    void compoundMembersWithTheirOwnPagingAreGrouped() {
        Select first = select(name).orderBy(age).limit(1);
        Select second = select(name).where(age.isNull());
        CompoundSelect u = first.unionAll(second).orderBy(name);
        assertThat(sql(PG, u)).isEqualTo("(SELECT users.name FROM users ORDER BY users.age LIMIT ?) "
                + "UNION ALL SELECT users.name FROM users WHERE users.age IS NULL ORDER BY name");
        assertThat(sql(SQLITE, u)).isEqualTo("SELECT * FROM (SELECT users.name FROM users ORDER BY users.age LIMIT ?) AS anon_1 "
                + "UNION ALL SELECT users.name FROM users WHERE users.age IS NULL ORDER BY name");
        assertThat(SQLITE.compile(u).resultKeys()).containsExactly("name");
    }

    @Test
    void correlationStopsAtDerivedTables() {
        var posts = b.posts;
        ScalarSubquery<Long> count = select(func.count(posts.c("id"))).where(posts.c("user_id").eq(b.users.c("id")))
                .scalarSubquery();
        assertThat(sql(PG, select(name, count.label("n")))).isEqualTo(
                "SELECT users.name, (SELECT count(posts.id) FROM posts WHERE posts.user_id = users.id) AS n FROM users");
        Subquery derived = select(posts.c("title")).where(posts.c("user_id").eq(b.users.c("id"))).subquery("d");
        assertThat(sql(PG, select(name, derived.c("title")).selectFrom(b.users, derived))).isEqualTo(
                "SELECT users.name, d.title FROM users, (SELECT posts.title FROM posts, users "
                        + "WHERE posts.user_id = users.id) AS d");
        assertThat(sql(PG, update(b.users).values(Map.of("age", count)))).isEqualTo(
                "UPDATE users SET age = (SELECT count(posts.id) FROM posts WHERE posts.user_id = users.id)");
    }

    @Test
    void upsertSyntaxPerDialect() {
        var kv = b.kv;
        Insert up = insert(kv).values(Map.of("k", "a")).onConflictDoUpdate(List.of(kv.c("k")),
                Map.of("v", excluded(kv.c("v"))));
        assertThat(sql(PG, up)).isEqualTo("INSERT INTO kv (k) VALUES (?) ON CONFLICT (k) DO UPDATE SET v = excluded.v");
        assertThat(sql(MARIADB, up)).isEqualTo("INSERT INTO kv (k) VALUES (?) ON DUPLICATE KEY UPDATE v = VALUES(v)");
        assertThat(sql(H2, up)).isEqualTo("MERGE INTO kv USING (VALUES (?)) AS excluded (k) ON (kv.k = excluded.k) "
                + "WHEN MATCHED THEN UPDATE SET v = excluded.v WHEN NOT MATCHED THEN INSERT (k) VALUES (excluded.k)");
        // MySQL's spelling needs the one key the values cover elsewhere
        Insert both = insert(kv).values(Map.of("id", 1L, "k", "a")).onDuplicateKeyUpdate(Map.of("v", 1));
        assertThat(sql(MYSQL, both)).endsWith("ON DUPLICATE KEY UPDATE v = ?");
        assertThatThrownBy(() -> sql(PG, both)).isInstanceOf(CompileException.class)
                .hasMessageContaining("(id) and (k)").hasMessageContaining("onConflictDoUpdate");
        assertThatThrownBy(() -> sql(H2, insert(kv).values(Map.of("v", 1)).onDuplicateKeyUpdate(Map.of("v", 2))))
                .isInstanceOf(CompileException.class).hasMessageContaining("no complete primary or unique key");
    }

    @Test
    void statementsAreImmutable() {
        Insert base = insert(b.kv);
        Insert withValues = base.values(Map.of("k", "a"));
        assertThat(base.rows()).isEmpty();
        assertThat(withValues.rows()).hasSize(1);
        Update u = update(b.users).values(Map.of("age", 1));
        Update narrowed = u.where(name.eq("x"));
        assertThat(u.whereClauses()).isEmpty();
        assertThat(narrowed.whereClauses()).hasSize(1);
        Delete d = delete(b.users);
        assertThat(d.where(name.eq("x")).whereClauses()).hasSize(1);
        assertThat(d.whereClauses()).isEmpty();
        Select s = select(name);
        assertThat(sql(PG, s.distinct())).isEqualTo("SELECT DISTINCT users.name FROM users");
        assertThat(sql(PG, s)).isEqualTo("SELECT users.name FROM users");
    }
}
