package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import dev.ormkit.dialect.postgresql.PostgresDialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;
import org.junit.jupiter.api.Test;

/**
 * {@code in()} with more values than a statement can carry parameters (65,535 on PostgreSQL,
 * 32,766 on SQLite): the dialect binds the list as one value where it must.
 */
class LargeInListTest {
    private static final int VALUES = 70_000;

    private static Table table() {
        return new MetaData().table("items",
                Column.of("id", Types.BIGINT).primaryKey().autoincrement(false),
                Column.of("code", Types.string(20)),
                Column.of("flag", Types.BOOLEAN));
    }

    @AllDatabases
    void seventyThousandValues(TestDatabase db) {
        Table items = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, items);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (long id = 1; id <= 10; id++) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", id);
                row.put("code", "c'\"\\" + id);
                row.put("flag", id % 2 == 0);
                rows.add(row);
            }
            conn.execute(insert(items), rows);

            // ids 3..70002: rows 3 to 10 match
            List<Long> ids = LongStream.rangeClosed(3, VALUES + 2).boxed().toList();
            assertThat(count(conn, items, items.<Long>c("id").in(ids))).isEqualTo(8);
            assertThat(count(conn, items, items.<Long>c("id").notIn(ids))).isEqualTo(2);

            List<String> codes = new ArrayList<>();
            for (int i = 0; i < VALUES; i++) {
                codes.add("other" + i);
            }
            codes.add("c'\"\\7"); // quotes and a backslash survive the trip
            assertThat(count(conn, items, items.<String>c("code").in(codes))).isEqualTo(1);

            // a NULL in the list: NOT IN matches nothing, as in SQL
            List<Long> withNull = new ArrayList<>(ids);
            withNull.add(null);
            assertThat(count(conn, items, items.<Long>c("id").notIn(withNull))).isZero();
        }
    }

    @AllDatabases
    void seventyThousandValuesForInNameInText(TestDatabase db) {
        Table items = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, items);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (long id = 1; id <= 10; id++) {
                rows.add(Map.of("id", id, "code", "c'\"\\" + id, "flag", id % 2 == 0));
            }
            conn.execute(insert(items), rows);

            List<Long> ids = LongStream.rangeClosed(3, VALUES + 2).boxed().toList();
            TextClause in = text("SELECT count(*) FROM items WHERE id IN :ids");
            assertThat(((Number) conn.execute(in, Map.of("ids", ids)).scalar()).longValue()).isEqualTo(8);
            TextClause notIn = text("SELECT count(*) FROM items WHERE id NOT IN :ids AND code <> :code");
            assertThat(((Number) conn.execute(notIn, Map.of("ids", ids, "code", "c'\"\\1")).scalar()).longValue())
                    .isEqualTo(1);

            List<String> codes = new ArrayList<>();
            for (int i = 0; i < VALUES; i++) {
                codes.add("other" + i);
            }
            codes.add("c'\"\\7");
            TextClause byCode = text("SELECT id FROM items WHERE code IN :codes");
            assertThat(conn.execute(byCode, Map.of("codes", codes)).scalar()).isIn(7, 7L);
        }
    }

    @Test
    void shortCollectionsInTextStayOneParameterPerElement() {
        Compiled compiled = new PostgresDialect().compile(text("SELECT id FROM items WHERE id IN :ids"));
        assertThat(compiled.bind(Map.of("ids", List.of(1L, 2L)), new PostgresDialect()).sql())
                .isEqualTo("SELECT id FROM items WHERE id IN (?, ?)");
        List<Long> many = LongStream.range(0, 1_001).boxed().toList();
        Compiled.BoundStatement whole = compiled.bind(Map.of("ids", many), new PostgresDialect());
        assertThat(whole.sql()).isEqualTo("SELECT id FROM items WHERE id IN (SELECT unnest(?))");
        assertThat(whole.values()).hasSize(1);
    }

    private static long count(Connection conn, Table t, Expression<Boolean> where) {
        return ((Number) conn.execute(select(func.count()).selectFrom(t).where(where)).scalar()).longValue();
    }

    @Test
    void postgresBindsALongListAsOneArrayAndAShortOneAsParameters() {
        Table items = table();
        PostgresDialect pg = new PostgresDialect();
        List<Long> many = LongStream.range(0, 1_001).boxed().toList();
        Compiled big = pg.compile(select(items.c("id")).where(items.<Long>c("id").in(many)));
        assertThat(big.sql()).endsWith("WHERE items.id = ANY(?)");
        Compiled small = pg.compile(select(items.c("id")).where(items.<Long>c("id").notIn(1L, 2L)));
        assertThat(small.sql()).endsWith("WHERE items.id NOT IN (?, ?)");
    }
}
