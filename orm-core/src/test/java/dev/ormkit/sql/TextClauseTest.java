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
}
