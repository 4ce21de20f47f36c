package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.model.Gadget;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** Server defaults read back into the objects at flush; client defaults applied at INSERT. */
class InsertDefaultsTest {

    private static SessionFactory factory(Engine engine) {
        MetaData metadata = MetaData.of(Gadget.class);
        metadata.createAll(engine);
        return SessionFactory.builder(engine).metadata(metadata).build();
    }

    @AllDatabases
    void serverDefaultsAreOnTheObjectsAfterFlush(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        List<Gadget> gadgets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            gadgets.add(new Gadget("g" + i));
        }
        Gadget explicit = new Gadget("explicit");
        explicit.priority = 1;
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(engine)) {
            session.addAll(gadgets);
            session.add(explicit);
            session.flush();
            counter.close();
            for (Gadget g : gadgets) {
                assertThat(g.id).isNotNull();
                assertThat(g.priority).isEqualTo(7);
                assertThat(g.registeredAt).isNotNull();
            }
            assertThat(explicit.priority).isEqualTo(1);
            assertThat(explicit.registeredAt).isNotNull();
            // the defaults come back with the INSERTs (RETURNING) or in one SELECT per batch, never one per row
            assertThat(counter.count()).isLessThanOrEqualTo(4);
            // the values are the row's: nothing left to write
            assertThat(session.inspect(gadgets.get(0)).modifiedAttributes()).isEmpty();
            session.commit();
        }
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT priority FROM gadgets WHERE name = 'g3'")).first();
            assertThat(((Number) row.get(0)).intValue()).isEqualTo(7);
        }
        try (Session session = sessions.open()) {
            Gadget reloaded = session.get(Gadget.class, gadgets.get(3).id);
            assertThat(reloaded.registeredAt).isEqualTo(gadgets.get(3).registeredAt);
        }
    }

    @AllDatabases
    void insertDefaultsFillNullFieldsOnly(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        Gadget fresh = new Gadget("fresh");
        Gadget disabled = new Gadget("disabled");
        disabled.isActive = false;
        LocalDateTime fixed = LocalDateTime.of(2020, 1, 2, 3, 4, 5);
        disabled.createdAt = fixed;
        try (Session session = sessions.open()) {
            session.add(fresh);
            session.add(disabled);
            session.flush();
            assertThat(fresh.isActive).isTrue();
            assertThat(fresh.createdAt).isBetween(before, LocalDateTime.now(ZoneOffset.UTC).plusSeconds(1));
            assertThat(disabled.isActive).isFalse();
            assertThat(disabled.createdAt).isEqualTo(fixed);
            session.commit();
        }
        try (Session session = sessions.open()) {
            Gadget f = session.get(Gadget.class, fresh.id);
            Gadget d = session.get(Gadget.class, disabled.id);
            assertThat(f.isActive).isTrue();
            assertThat(Duration.between(f.createdAt, fresh.createdAt).abs()).isLessThan(Duration.ofSeconds(1));
            assertThat(d.isActive).isFalse();
            assertThat(d.createdAt).isEqualTo(fixed);
        }
    }
}
