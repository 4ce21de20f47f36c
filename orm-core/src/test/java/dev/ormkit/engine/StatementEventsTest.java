package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.ProgrammingException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/** Statement listeners and the StatementCounter built on them. */
class StatementEventsTest {
    private final Table t = new MetaData().table("ev",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
            Column.of("name", Types.string(20)));

    /** Records what a listener is told. */
    static final class Recorder implements StatementListener {
        final List<String> log = new CopyOnWriteArrayList<>();
        final List<StatementEvent> ends = new CopyOnWriteArrayList<>();
        final List<StatementEvent> errors = new CopyOnWriteArrayList<>();
        final List<DatabaseException> exceptions = new CopyOnWriteArrayList<>();

        @Override
        public void onStatementStart(StatementEvent event) {
            log.add("start " + event.kind());
        }

        @Override
        public void onStatementEnd(StatementEvent event) {
            log.add("end " + event.kind());
            ends.add(event);
        }

        @Override
        public void onStatementError(StatementEvent event, DatabaseException error) {
            log.add("error " + event.kind());
            errors.add(event);
            exceptions.add(error);
        }
    }

    @AllDatabases
    void multiRowInsertIsOneStatementCarryingEveryRow(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            TestTables.create(conn, t);
            Recorder rec = new Recorder();
            engine.events().addStatementListener(rec);
            conn.execute(insert(t), List.of(Map.of("id", 1, "name", "a"), Map.of("id", 2, "name", "b"),
                    Map.of("id", 3, "name", "c")));
            engine.events().removeStatementListener(rec);

            assertThat(rec.ends).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(StatementKind.INSERT);
                assertThat(e.batchSize()).isEqualTo(3);
                assertThat(e.rowCount()).isEqualTo(3);
            });
        }
    }

    @AllDatabases
    void listenerSeesStartEndAndErrors(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            TestTables.create(conn, t);
            Recorder rec = new Recorder();
            engine.events().addStatementListener(rec);
            conn.execute(text("INSERT INTO ev (id, name) VALUES (:id, :name)"), Map.of("id", 1, "name", "a"));
            conn.execute(select(t).where(t.c("id").eq(1)));
            Result batch = conn.execute(text("UPDATE ev SET name = :name WHERE id = :id"),
                    List.of(Map.of("id", 1, "name", "b"), Map.of("id", 1, "name", "c"), Map.of("id", 2, "name", "d")));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO ev (id, name) VALUES (:id, 'dup')"),
                    Map.of("id", 1))).isInstanceOf(IntegrityException.class);
            engine.events().removeStatementListener(rec);
            conn.rollback(); // PostgreSQL refuses more work in a failed transaction
            conn.execute(select(t));

            assertThat(rec.log).containsExactly("start INSERT", "end INSERT", "start SELECT", "end SELECT",
                    "start UPDATE", "end UPDATE", "start INSERT", "error INSERT");
            StatementEvent insert = rec.ends.get(0);
            assertThat(insert.sql()).isEqualTo("INSERT INTO ev (id, name) VALUES (?, ?)");
            assertThat(insert.parameters()).containsExactly(1, "a");
            assertThat(insert.rowCount()).isEqualTo(1);
            assertThat(insert.batchSize()).isEqualTo(1);
            assertThat(insert.durationNanos()).isPositive();
            assertThat(insert.dialect()).isEqualTo(engine.dialect().name());

            StatementEvent query = rec.ends.get(1);
            assertThat(query.kind()).isEqualTo(StatementKind.SELECT);
            assertThat(query.rowCount()).isEqualTo(1);
            assertThat(query.parameters()).containsExactly(1);

            StatementEvent update = rec.ends.get(2);
            assertThat(update.batchSize()).isEqualTo(3);
            assertThat(update.rowCount()).isEqualTo(batch.rowCount()).isEqualTo(2);

            assertThat(rec.errors).singleElement().satisfies(e -> {
                assertThat(e.parameters()).containsExactly(1);
                assertThat(e.rowCount()).isEqualTo(-1);
            });
            assertThat(rec.exceptions).singleElement().isInstanceOf(IntegrityException.class);
        }
    }

    @AllDatabases
    void aFailingListenerDoesNotBreakTheStatement(TestDatabase db) {
        Engine engine = db.engine();
        engine.events().addStatementListener(new StatementListener() {
            @Override
            public void onStatementStart(StatementEvent event) {
                throw new IllegalStateException("listener bug");
            }
        });
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT 1")).scalar(Long.class)).isEqualTo(1L);
        }
    }

    @AllDatabases
    void statementCounterCountsByKindWhileOpen(TestDatabase db) {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            TestTables.create(conn, t);
            StatementCounter counter = StatementCounter.on(engine);
            try (counter) {
                conn.execute(text("INSERT INTO ev (id, name) VALUES (1, 'a')"));
                conn.execute(select(t));
                conn.execute(select(t).where(t.c("id").eq(1)));
                conn.execute(text("UPDATE ev SET name = :n"), List.of(Map.of("n", "x"), Map.of("n", "y")));
                conn.execute(text("DELETE FROM ev WHERE id = 2"));
                assertThatThrownBy(() -> conn.execute(text("SELECT * FROM missing_table")))
                        .isInstanceOf(ProgrammingException.class);
            }
            conn.rollback();
            conn.execute(select(t)); // after close: not counted

            assertThat(counter.count()).isEqualTo(6);
            assertThat(counter.selects()).isEqualTo(3);
            assertThat(counter.inserts()).isEqualTo(1);
            assertThat(counter.updates()).isEqualTo(1);
            assertThat(counter.deletes()).isEqualTo(1);
            assertThat(counter.count(StatementKind.OTHER)).isZero();
            assertThat(counter.failures()).isEqualTo(1);
            assertThat(counter.batchedParameterSets()).isEqualTo(7);
            assertThat(counter.statements()).hasSize(6).last().asString().contains("missing_table");
            assertThat(counter.toString()).contains("6 statements").contains("select 3");
            assertThat(engine.events().hasStatementListeners()).isFalse();

            counter.reset();
            assertThat(counter.count()).isZero();
            assertThat(counter.statements()).isEmpty();
        }
    }
}
