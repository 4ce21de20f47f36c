package dev.ormkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * A session that only reads by primary key needs no transaction where the database reads each
 * statement's own snapshot (PostgreSQL at READ COMMITTED): it costs one round trip, not a
 * second one for the ROLLBACK at close. Everything else still runs in the session's
 * transaction, on every database.
 */
class KeyReadTransactionTest {
    /** A row to read by key. */
    @Table("kr_note")
    public static class Note {
        @Column(primaryKey = true) @Nullable Long id;
        @Column(length = 50) @Nullable String text;

        protected Note() {
        }

        Note(String text) {
            this.text = text;
        }
    }

    @AllDatabases
    void aKeyReadAloneIsOneRoundTripOnPostgresql(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = filled(engine);
        long id = firstId(sessions);
        try (RoundTrips trips = RoundTrips.start()) {
            try (Session session = sessions.open()) {
                assertThat(session.get(Note.class, id)).isNotNull();
            }
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                // the SELECT, and no BEGIN/ROLLBACK exchange around it
                assertThat(trips.count()).isEqualTo(1);
                assertThat(trips.statements()).noneMatch(s -> s.contains("BEGIN") || s.contains("ROLLBACK"));
            }
        }
        try (RoundTrips trips = RoundTrips.start(); Session session = sessions.open()) {
            // commit() after key reads only: nothing to commit, nothing sent
            assertThat(session.get(Note.class, id)).isNotNull();
            session.commit();
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                assertThat(trips.count()).isEqualTo(1);
            }
        }
    }

    @AllDatabases
    void writesAfterAKeyReadAreStillOneTransaction(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = filled(engine);
        long id = firstId(sessions);
        try (Session session = sessions.open()) {
            Note note = session.get(Note.class, id);
            note.text = "changed";
            session.add(new Note("added"));
            session.flush();
            session.rollback();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Note.class, id).text).isEqualTo("first");
            assertThat(session.query(Note.class).count()).isEqualTo(1);
        }
        try (Session session = sessions.open()) {
            session.get(Note.class, id).text = "kept";
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Note.class, id).text).isEqualTo("kept");
        }
    }

    @AllDatabases
    void theRawConnectionAndCoreStatementsRunInATransaction(TestDatabase db) throws Exception {
        Engine engine = db.engine();
        filled(engine);
        try (Connection conn = engine.connect()) {
            assertThat(conn.jdbcConnection().getAutoCommit()).isFalse();
        }
        try (Connection conn = engine.connect()) {
            conn.execute(dev.ormkit.sql.Sql.text("DELETE FROM kr_note"));
            conn.rollback();
            assertThat(conn.execute(dev.ormkit.sql.Sql.text("SELECT count(*) FROM kr_note")).scalar()).isNotEqualTo(0);
        }
    }

    private static SessionFactory filled(Engine engine) {
        MetaData metadata = MetaData.of(Note.class);
        metadata.createAll(engine);
        SessionFactory sessions = SessionFactory.builder(engine).metadata(metadata).build();
        try (Session session = sessions.open()) {
            session.add(new Note("first"));
            session.commit();
        }
        return sessions;
    }

    private static long firstId(SessionFactory sessions) {
        try (Session session = sessions.open()) {
            return session.query(Note.class).one().id;
        }
    }

    /** Counts the requests the PostgreSQL driver waits on (each ends with a Sync), from its protocol log. */
    private static final class RoundTrips extends Handler implements AutoCloseable {
        private final Logger driver = Logger.getLogger("org.postgresql");
        private final @Nullable Level before = driver.getLevel();
        private final List<String> parsed = new ArrayList<>();
        private int syncs;

        static RoundTrips start() {
            RoundTrips t = new RoundTrips();
            t.setLevel(Level.ALL);
            t.driver.setLevel(Level.FINEST);
            t.driver.addHandler(t);
            return t;
        }

        int count() {
            return syncs;
        }

        List<String> statements() {
            return parsed;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (record.getParameters() != null && record.getParameters().length > 0) {
                message = java.text.MessageFormat.format(message, record.getParameters());
            }
            if (message.contains("FE=> Sync")) {
                syncs++;
            }
            if (message.contains("FE=> Parse") || message.contains("FE=> SimpleQuery")) {
                parsed.add(message);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            driver.removeHandler(this);
            driver.setLevel(before);
        }
    }
}
