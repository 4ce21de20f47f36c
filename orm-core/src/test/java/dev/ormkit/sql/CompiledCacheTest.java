package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.h2.H2Dialect;
import dev.ormkit.dialect.mysql.MySqlDialect;
import dev.ormkit.dialect.postgresql.PostgresDialect;
import dev.ormkit.dialect.sqlite.SqliteDialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.schema.Column;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** A statement is compiled once per dialect; running it again only binds values. */
class CompiledCacheTest {

    @AllDatabases
    void aStatementReusedWithNewParameterValuesIsCompiledOnce(TestDatabase db) {
        Blog b = new Blog();
        try (Connection conn = db.engine().connect()) {
            b.create(conn).seed(conn);
            Column<String> name = b.users.c("name");
            Select byName = select(b.users.c("age")).where(name.eq(bindParam("who", name.type())));
            Dialect dialect = conn.dialect();
            long before = conn.engine().statementCacheStatistics().misses();
            long hitsBefore = conn.engine().statementCacheStatistics().hits();
            assertThat(conn.execute(byName, Map.of("who", "Alice")).scalar(Integer.class)).isEqualTo(30);
            assertThat(conn.execute(byName, Map.of("who", "Bob")).scalar(Integer.class)).isEqualTo(25);
            assertThat(conn.execute(byName, Map.of("who", "DAVE")).scalar(Integer.class)).isEqualTo(41);
            assertThat(conn.engine().statementCacheStatistics().misses() - before).isEqualTo(1);
            assertThat(conn.engine().statementCacheStatistics().hits() - hitsBefore).isEqualTo(2);
        }
    }

    /** A row whose columns come in a fixed order, as the one-row template's do. */
    private static Map<String, Object> row(String k, int v) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("k", k);
        m.put("v", v);
        return m;
    }

    @Test
    void aOneRowInsertRepeatsItsValuesGroupIntoTheMultiRowStatement() {
        Blog b = new Blog();
        var kv = b.kv;
        Map<String, Object> set = Map.of("v", excluded(kv.c("v")));
        for (Dialect d : List.of(new PostgresDialect(), new SqliteDialect(), new H2Dialect(), new MySqlDialect(true))) {
            Compiled one = SqlCompiler.compile(insert(kv).onConflictDoUpdate(List.of(kv.c("k")), set)
                    .withNamedParameters(List.of("k", "v")), d);
            assertThat(one.hasValuesGroup()).isTrue();
            assertThat(one.parametersPerRow()).isEqualTo(2);
            List<Map<String, Object>> rows = List.of(row("a", 1), row("b", 2), row("c", 3));
            Insert threeRows = insert(kv).values(rows).onConflictDoUpdate(List.of(kv.c("k")), set);
            Compiled three = d.compile(threeRows);
            assertThat(one.sqlForRows(3)).as(d.name()).isEqualTo(three.sql());
            assertThat(three.hasValuesGroup()).isFalse();
            var bound = one.bindRows(one.sqlForRows(3), rows);
            assertThat(bound.values()).containsExactly("a", 1, "b", 2, "c", 3);
        }
    }
}
