package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code text()} with named parameters, collection expansion and casts. */
class TextClauseTest {

    @AllDatabases
    void namedParametersAndExpandingCollections(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            Map<String, Long> ids = b.create(conn).seed(conn);
            TextClause byName = text("SELECT name, age FROM users WHERE name = :name AND (age > :min OR :min IS NULL)");
            Row r = conn.execute(byName, Map.of("name", "Alice", "min", 18)).one();
            assertThat(r.get("name")).isEqualTo("Alice");
            assertThat(r.get("age", Integer.class)).isEqualTo(30);

            TextClause postsOf = text("SELECT title FROM posts WHERE user_id IN :ids ORDER BY title");
            assertThat(conn.execute(postsOf, Map.of("ids", List.of(ids.get("Alice"), ids.get("Carol")))).scalars().all())
                    .containsExactly("Hello", "Second");
            assertThat(conn.execute(postsOf, Map.of("ids", List.of(ids.get("Bob")))).scalars().all()).hasSize(3);
            assertThat(conn.execute(postsOf, Map.of("ids", List.of())).all()).isEmpty();
            // text around the parameters is left alone: quotes, escaped colons
            Row quoted = conn.execute(text("SELECT ':not_a_param' AS q, name FROM users WHERE name = :n"),
                    Map.of("n", "Bob")).one();
            assertThat(quoted.get("q")).isEqualTo(":not_a_param");
            conn.execute(text("INSERT INTO users (name, email) VALUES (:user, :email)"),
                    Map.of("user", "bob2", "email", "bob2@example.com"));
            assertThat(conn.execute(text("SELECT email FROM users WHERE name = :u"), Map.of("u", "bob2")).scalar())
                    .isEqualTo("bob2@example.com");
        }
    }

    @AllDatabases
    void postgresCastsAreLeftAlone(TestDatabase db) {
        if (db.kind() != DatabaseKind.POSTGRESQL) {
            return; // :: is PostgreSQL's own syntax
        }
        try (Connection conn = db.engine().connect()) {
            assertThat(conn.execute(text("SELECT :v::integer + 1 AS n, '7'::text AS t"), Map.of("v", "41")).one().get("n"))
                    .isEqualTo(42);
        }
    }

    @Test
    void aParameterLeftUnboundIsNamed() {
        TextClause t = text("SELECT * FROM users WHERE name = :name AND age > :age");
        assertThat(t.parameterNames()).containsExactly("name", "age");
        assertThatThrownBy(() -> new dev.ormkit.dialect.h2.H2Dialect().compile(t).bind(Map.of("name", "x")))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("'age'");
        assertThatThrownBy(() -> new dev.ormkit.dialect.h2.H2Dialect().compile(
                select(literal(1)).where(bindParam("wanted", dev.ormkit.schema.Types.INTEGER).eq(1))).bind(Map.of()))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("'wanted'");
    }

    @Test
    void colonsThatAreNotParameters() {
        TextClause t = text("SELECT x::text, '10:30', \\:literal FROM t WHERE a = :a");
        assertThat(t.parameterNames()).containsExactly("a");
        assertThat(new dev.ormkit.dialect.postgresql.PostgresDialect().compile(t).sql())
                .isEqualTo("SELECT x::text, '10:30', :literal FROM t WHERE a = ?");
    }

    /** Quotes, comments and colons inside them, by standard rules, which every database follows. */
    @AllDatabases
    void quotedTextAndCommentsHoldNoParameters(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            Row r = conn.execute(text("SELECT 'it''s :x' AS s, -- a :comment\n /* and :another */ :y AS y"),
                    Map.of("y", 7)).one();
            assertThat(r.get("s")).isEqualTo("it's :x");
            assertThat(((Number) r.get("y")).intValue()).isEqualTo(7);
        }
    }

    /** MariaDB reads a backslash in a string as an escape: 'it\'s' is one string. */
    @AllDatabases
    void backslashEscapedQuotesOnMariaDb(TestDatabase db) {
        if (db.kind() != DatabaseKind.MARIADB) {
            return; // elsewhere a backslash is an ordinary character in a string
        }
        try (Connection conn = db.engine().connect()) {
            TextClause t = text("SELECT 'it\\'s :x' AS s, \"say \\\"hi\\\" :z\" AS d, :y AS y");
            Row r = conn.execute(t, Map.of("y", 1)).one();
            assertThat(r.get("s")).isEqualTo("it's :x");
            assertThat(r.get("d")).isEqualTo("say \"hi\" :z");
        }
    }

    /** PostgreSQL: E'' strings with backslash escapes, dollar-quoted bodies, and the JSON ? operators. */
    @AllDatabases
    void postgresEscapeStringsDollarQuotesAndQuestionMarks(TestDatabase db) {
        if (db.kind() != DatabaseKind.POSTGRESQL) {
            return; // PostgreSQL's own syntax
        }
        try (Connection conn = db.engine().connect()) {
            Row e = conn.execute(text("SELECT E'it\\'s :x' AS s, :y AS y"), Map.of("y", 1)).one();
            assertThat(e.get("s")).isEqualTo("it's :x");

            Row d = conn.execute(text("SELECT $$it's :x, and ? too$$ AS s, $fn$ a $$ b :z $fn$ AS t, :y AS y"),
                    Map.of("y", 1)).one();
            assertThat(d.get("s")).isEqualTo("it's :x, and ? too");
            assertThat(d.get("t")).isEqualTo(" a $$ b :z ");

            conn.execute(text("CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSONB)"));
            conn.execute(text("INSERT INTO docs VALUES (1, CAST(:a AS JSONB)), (2, CAST(:b AS JSONB))"),
                    Map.of("a", "{\"color\": \"red\", \"size\": 1}", "b", "{\"shape\": \"round\"}"));
            assertThat(conn.execute(text("SELECT id FROM docs WHERE body ? :key"), Map.of("key", "color"))
                    .scalars().all()).containsExactly(1);
            assertThat(conn.execute(text("SELECT id FROM docs WHERE body ?| array['size', 'shape'] ORDER BY id"))
                    .scalars().all()).containsExactly(1, 2);
            assertThat(conn.execute(text("SELECT id FROM docs WHERE body ?& array['color', 'size'] AND id > :min"),
                    Map.of("min", 0)).scalars().all()).containsExactly(1);
        }
    }

    @Test
    void eachDatabaseReadsItsOwnQuotes() {
        TextClause t = text("SELECT 'a\\' AS x, :p, 'b' FROM t WHERE j ? 'k'");
        // standard SQL: the backslash is a character, the string ends after it
        assertThat(new dev.ormkit.dialect.h2.H2Dialect().compile(t).sql())
                .isEqualTo("SELECT 'a\\' AS x, ?, 'b' FROM t WHERE j ? 'k'");
        assertThat(new dev.ormkit.dialect.postgresql.PostgresDialect().compile(t).sql())
                .isEqualTo("SELECT 'a\\' AS x, ?, 'b' FROM t WHERE j ?? 'k'");
        // MariaDB: the backslash escapes the quote; the string runs on to the next quote
        assertThat(new dev.ormkit.dialect.mysql.MySqlDialect(true).compile(t).sql())
                .isEqualTo("SELECT 'a\\' AS x, :p, 'b' FROM t WHERE j ? 'k'");
    }
}
