package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/** {@link Connection#read}: rows read through a {@link Cursor} where they are, as a layer above Core reads them. */
class CursorReadTest {
    private final Table t = new MetaData().table("cur",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
            Column.of("name", Types.string(20)),
            Column.of("amount", Types.decimal(10, 2)));

    private void fill(Connection conn) {
        TestTables.create(conn, t);
        conn.execute(insert(t), List.of(Map.of("id", 1, "name", "a", "amount", new java.math.BigDecimal("1.5")),
                Map.of("id", 2, "name", "b", "amount", new java.math.BigDecimal("2.25"))));
        conn.commit();
    }

    @AllDatabases
    void aCursorReadsEachRowsValuesAsTheColumnsTypesAndListenersSeeTheRowsRead(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            fill(conn);
            StatementEventsTest.Recorder rec = new StatementEventsTest.Recorder();
            engine.events().addStatementListener(rec);
            List<String> seen = conn.read(select(t).orderBy(t.c("id")), Map.of(), Origin.QUERY, null, cursor -> {
                List<String> out = new ArrayList<>();
                assertThat(cursor.size()).isEqualTo(3);
                assertThat(cursor.keys()).containsExactly("id", "name", "amount");
                while (cursor.next()) {
                    // a value asked for twice is the same value; a Row of the current row outlives the cursor
                    assertThat(cursor.get(0)).isEqualTo(cursor.get(0));
                    out.add(cursor.get(0) + "|" + cursor.get(1) + "|" + cursor.get(2) + "|" + cursor.row().get("name"));
                }
                return out;
            });
            engine.events().removeStatementListener(rec);
            assertThat(seen).containsExactly("1|a|1.50|a", "2|b|2.25|b");
            assertThat(rec.log).containsExactly("start SELECT", "end SELECT");
            assertThat(rec.ends.get(0).rowCount()).isEqualTo(2);
            assertThat(rec.ends.get(0).origin()).isEqualTo(Origin.QUERY);
        }
    }

    @AllDatabases
    void aFailingStatementIsTranslatedAndAReaderFailureStillEndsTheStatement(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            fill(conn);
            StatementEventsTest.Recorder rec = new StatementEventsTest.Recorder();
            engine.events().addStatementListener(rec);
            assertThatThrownBy(() -> conn.read(select(t), Map.of(), Origin.QUERY, null, cursor -> {
                cursor.next();
                throw new IllegalStateException("the reader's own failure");
            })).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> conn.read(select(t), Map.of(), Origin.QUERY, null, cursor -> {
                cursor.next();
                return cursor.get(3);
            })).isInstanceOf(ArgumentException.class).hasMessageContaining("index 3");
            assertThatThrownBy(() -> conn.read(text("SELECT nothing FROM no_such_table"), Map.of(), Origin.QUERY, null,
                    Cursor::next)).isInstanceOf(DatabaseException.class).hasMessageContaining("no_such_table");
            engine.events().removeStatementListener(rec);
            assertThat(rec.log).containsExactly("start SELECT", "end SELECT", "start SELECT", "end SELECT",
                    "start SELECT", "error SELECT");
            assertThat(rec.ends.get(0).rowCount()).isEqualTo(1);
            // the connection is still usable once the failed transaction is rolled back
            conn.rollback();
            assertThat(((Number) conn.execute(text("SELECT COUNT(*) FROM cur")).scalar()).longValue()).isEqualTo(2L);
        }
    }

    @AllDatabases
    void aStatementWithoutRowsIsRefused(TestDatabase db) {
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, t);
            assertThatThrownBy(() -> conn.read(insert(t), Map.of("id", 3, "name", "c", "amount", 1), Origin.CORE, null,
                    Cursor::next)).isInstanceOf(ArgumentException.class).hasMessageContaining("execute()");
        }
    }
}
