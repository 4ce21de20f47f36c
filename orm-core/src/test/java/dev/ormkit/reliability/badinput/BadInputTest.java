package dev.ormkit.reliability.badinput;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.DataException;
import dev.ormkit.exc.OrmException;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;

/**
 * The bad-input corpus ({@link HostileInputs}) through the public entry points, on every
 * database: each value round-trips unchanged through the session, Core INSERT/SELECT, text()
 * and filterBy; each hostile name fails with an ArgumentException naming it before anything
 * runs. The statements the engine sees are recorded: only the ones the test wrote, the values
 * never inside their text.
 */
class BadInputTest {
    private static final AtomicInteger TRIED = new AtomicInteger();

    @AfterAll
    static void report() {
        System.out.println("bad input: " + TRIED.get() + " inputs tried");
    }

    private static final class Fixture {
        final Engine engine;
        final MetaData metadata = MetaData.of(Note.class);
        final Table notes = metadata.getTable("rb_notes");
        final SessionFactory sessions;

        Fixture(TestDatabase db) {
            engine = db.engine();
            metadata.createAll(engine);
            sessions = SessionFactory.builder(engine).metadata(metadata).build();
        }
    }

    /** The statements seen, checked: expected shapes only, and no hostile value inside any text. */
    private static void assertOnlyOwnStatements(StatementCounter counter, List<String> values) {
        for (String sql : counter.statements()) {
            assertThat(sql).matches("(?s)^(INSERT INTO rb_notes|SELECT |UPDATE rb_notes|MERGE INTO rb_notes).*");
            for (String v : values) {
                if (v.length() > 3 && !v.isBlank() && !v.equals("SELECT") && !v.equals("NULL") && !v.equals("null")
                        && !v.equals("true")) {
                    assertThat(sql).as("a value inside the SQL text").doesNotContain(v);
                }
            }
        }
    }

    @AllDatabases
    void valuesRoundTripThroughSessionCoreTextAndFilterBy(TestDatabase db) {
        Fixture f = new Fixture(db);
        List<String> values = new ArrayList<>(HostileInputs.values());
        Column<Long> id = f.notes.c("id");
        Column<String> title = f.notes.c("title");
        Column<String> body = f.notes.c("body");
        try (StatementCounter counter = StatementCounter.on(f.engine)) {
            for (String v : values) {
                String shortValue = v.length() <= 200 ? v : null;
                // session: add, flush, commit, get in a new session
                long noteId;
                try (Session session = f.sessions.open()) {
                    Note n = new Note(shortValue, v);
                    session.add(n);
                    session.commit();
                    noteId = n.getId();
                }
                try (Session session = f.sessions.open()) {
                    Note back = session.get(Note.class, noteId);
                    assertThat(back.getTitle()).isEqualTo(shortValue);
                    assertThat(back.getBody()).isEqualTo(v);
                    if (shortValue != null) {
                        assertThat(session.query(Note.class).filterBy("title", shortValue).all())
                                .extracting(Note::getId).contains(noteId);
                    }
                }
                // Core: INSERT with bound values, SELECT by key and by value; text() with values bound
                try (Connection conn = f.engine.connect()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("title", shortValue);
                    row.put("body", v);
                    long coreId = conn.execute(insert(f.notes).values(row)).insertedPrimaryKeys().get(0).get(0, Long.class);
                    conn.commit();
                    assertThat(conn.execute(select(body).where(id.eq(coreId))).scalar()).isEqualTo(v);
                    if (shortValue != null) {
                        assertThat(conn.execute(select(id).where(title.eq(shortValue))).all())
                                .extracting(r -> r.get(0, Long.class)).contains(noteId, coreId);
                        Map<String, Object> params = new HashMap<>();
                        params.put("t", shortValue);
                        params.put("k", coreId);
                        assertThat(conn.execute(text("SELECT title, body FROM rb_notes WHERE title = :t AND id = :k"), params)
                                .one().get(1)).isEqualTo(v);
                    }
                }
                TRIED.addAndGet(shortValue != null ? 5 : 3);
            }
            assertOnlyOwnStatements(counter, values);
        }
        try (Connection conn = f.engine.connect()) {
            // still there, with every row: no statement dropped or emptied the table
            assertThat(conn.execute(select(id)).all()).hasSize(2 * values.size());
        }
    }

    @AllDatabases
    void nullAndNulCharacters(TestDatabase db) {
        Fixture f = new Fixture(db);
        try (Session session = f.sessions.open()) {
            Note empty = new Note(null, null);
            session.add(empty);
            session.commit();
            assertThat(session.query(Note.class).filterBy("title", null).all()).extracting(Note::getId).contains(empty.getId());
        }
        TRIED.incrementAndGet();
        try (Session session = f.sessions.open()) {
            session.add(new Note(HostileInputs.NUL, HostileInputs.NUL));
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                // text columns cannot hold NUL: a clear data error naming the byte, not a mangled value
                assertThatThrownBy(session::commit).isInstanceOf(DataException.class).hasMessageContaining("0x00");
                session.rollback();
            } else {
                session.commit();
            }
        }
        if (db.kind() != DatabaseKind.POSTGRESQL) {
            try (Session session = f.sessions.open()) {
                Note back = session.query(Note.class).filterBy("title", HostileInputs.NUL).one();
                assertThat(back.getBody()).isEqualTo(HostileInputs.NUL);
            }
        }
        TRIED.incrementAndGet();
    }

    @AllDatabases
    void hostileNamesFailBeforeAnythingRuns(TestDatabase db) {
        Fixture f = new Fixture(db);
        try (Session session = f.sessions.open(); StatementCounter counter = StatementCounter.on(f.engine)) {
            for (String name : HostileInputs.names()) {
                assertThatThrownBy(() -> session.query(Note.class).filterBy(name, "x").all())
                        .isInstanceOf(ArgumentException.class).hasMessageContaining(name).hasMessageContaining("title");
                assertThatThrownBy(() -> session.query(Note.class).orderBy(name).all())
                        .isInstanceOf(ArgumentException.class).hasMessageContaining(name);
                assertThatThrownBy(() -> f.notes.c(name)).isInstanceOf(ArgumentException.class).hasMessageContaining(name);
                Map<String, Object> row = new HashMap<>();
                row.put(name, "x");
                assertThatThrownBy(() -> {
                    try (Connection conn = f.engine.connect()) {
                        conn.execute(insert(f.notes).values(row));
                    }
                }).isInstanceOf(OrmException.class).hasMessageContaining(name);
                TRIED.addAndGet(4);
            }
            // a value of the wrong type for the attribute is refused too, not cast by the database
            assertThatThrownBy(() -> session.query(Note.class).filterBy("id", "1; DROP TABLE rb_notes").all())
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("id");
            TRIED.incrementAndGet();
            assertThat(counter.statements()).isEmpty();
        }
    }
}
