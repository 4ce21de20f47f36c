package dev.ormkit.reliability.differential;

import static dev.ormkit.sql.Sql.caseWhen;
import static dev.ormkit.sql.Sql.literal;
import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.dialect.Dialects;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The differences differential testing found, each pinned on every database. */
class DifferentialRegressionTest {

    private static List<Object> column(Connection conn, Select q) {
        List<Object> out = new ArrayList<>();
        for (Row r : conn.execute(q).all()) {
            out.add(DifferentialRunner.normalise(r.get(0)));
        }
        return out;
    }

    @AllDatabases
    void caseWithOnlyParameterResultsKeepsTheValuesType(TestDatabase db) {
        DiffSchema schema = new DiffSchema();
        try (Connection conn = db.engine().connect()) {
            schema.install(conn);
            Column<Long> id = schema.items.c("id");
            Column<Integer> qty = schema.items.c("qty");
            // H2 typed this CASE as text: "1" and "0" came back instead of numbers
            Expression<Integer> sign = caseWhen(qty.gt(0), 1).when(qty.le(0), 0);
            List<Object> values = column(conn, select(sign).selectFrom(schema.items).where(id.in(1L, 4L, 2L)).orderBy(id));
            assertThat(values).containsExactly(1L, null, 0L);
            Row r = conn.execute(select(caseWhen(qty.isNull(), 7).otherwise(8)).selectFrom(schema.items).where(id.eq(2L))).one();
            assertThat(r.get(0)).isInstanceOf(Number.class);
        }
    }

    @AllDatabases
    void arithmeticOfParametersAlone(TestDatabase db) {
        DiffSchema schema = new DiffSchema();
        try (Connection conn = db.engine().connect()) {
            schema.install(conn);
            Column<Long> id = schema.items.c("id");
            // H2 failed with Unknown data type: "?, ?"
            Expression<Integer> seven = literal(7, Types.INTEGER);
            List<Object> values = column(conn, select(seven.mod(4).plus(literal(2, Types.INTEGER).times(3)))
                    .selectFrom(schema.items).where(id.eq(1L)));
            assertThat(values).containsExactly(9L);
        }
    }

    @AllDatabases
    void aParameterInOrderByIsAConstantNotAColumnPosition(TestDatabase db) {
        DiffSchema schema = new DiffSchema();
        try (Connection conn = db.engine().connect()) {
            schema.install(conn);
            Column<Long> id = schema.items.c("id");
            Column<Integer> qty = schema.items.c("qty");
            // H2 and MariaDB took ORDER BY ? with 2 as "the second column" (qty, descending here),
            // or failed when the value was no position or not a number
            Select q = select(id, qty).where(id.le(4L));
            assertThat(column(conn, q.orderBy(literal(2, Types.INTEGER).desc(), id.asc()))).containsExactly(1L, 2L, 3L, 4L);
            assertThat(column(conn, q.orderBy(literal(9, Types.INTEGER).asc().nullsLast(), id.desc())))
                    .containsExactly(4L, 3L, 2L, 1L);
            assertThat(column(conn, q.orderBy(literal("fig", Types.string(20)), id.asc()))).containsExactly(1L, 2L, 3L, 4L);
            // MariaDB folds -(-?) with 2 into the literal 2, a position again
            assertThat(column(conn, q.orderBy(literal(2, Types.INTEGER).negate().negate().desc(), id.desc())))
                    .containsExactly(4L, 3L, 2L, 1L);
            assertThat(column(conn, q.orderBy(literal(3, Types.INTEGER).negate().asc(), id.asc()))).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @AllDatabases
    void likeWithAnEscapeCharacterMatchesWildcardsInData(TestDatabase db) {
        DiffSchema schema = new DiffSchema();
        try (Connection conn = db.engine().connect()) {
            schema.install(conn);
            Column<Long> id = schema.items.c("id");
            Column<String> note = schema.items.c("note");
            assertThat(column(conn, select(id).where(note.like("%!%%", '!')).orderBy(id))).containsExactly(1L, 6L, 7L, 9L, 10L);
            assertThat(column(conn, select(id).where(note.like("%#_%", '#')).orderBy(id))).containsExactly(2L, 6L, 8L, 10L);
            // a backslash as the escape: MySQL needs it doubled inside the literal
            assertThat(column(conn, select(id).where(note.like("%\\\\%", '\\')).orderBy(id))).containsExactly(3L, 9L);
            assertThat(column(conn, select(id).where(note.like("x\\\\\\%y", '\\')).orderBy(id))).containsExactly(9L);
            assertThat(column(conn, select(id).where(note.notLike("%!%%", '!')).orderBy(id)))
                    .containsExactly(2L, 3L, 5L, 8L, 11L, 12L);
        }
    }

    @Test
    void escapeCharacterIsALiteralInEachDialectsQuoting() {
        Column<String> note = new DiffSchema().items.c("note");
        Select q = select(note).where(note.like("a\\%", '\\'));
        assertThat(SqlCompiler.compile(q, Dialects.forName("mysql")).sql()).endsWith("LIKE ? ESCAPE '\\\\')");
        assertThat(SqlCompiler.compile(q, Dialects.forName("postgresql")).sql()).endsWith("LIKE ? ESCAPE '\\')");
        assertThat(SqlCompiler.compile(select(note).where(note.like("it''s", '\'')), Dialects.forName("sqlite")).sql())
                .endsWith("LIKE ? ESCAPE '''')");
    }
}
