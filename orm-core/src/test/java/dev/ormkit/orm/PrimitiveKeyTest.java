package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * A generated key in a primitive {@code long} or {@code int} field: 0 means "not assigned yet"
 * (as Hibernate and Spring Data take it), so the database assigns the key and the object gets it.
 */
class PrimitiveKeyTest {
    @Table("widgets")
    static class Widget {
        @Column(primaryKey = true) long id;
        @Column(length = 20) String name;

        Widget() {
        }

        Widget(String name) {
            this.name = name;
        }
    }

    @Table("gizmos")
    static class Gizmo {
        @Column(primaryKey = true) int id;
        @Column(length = 20) String name;

        Gizmo() {
        }

        Gizmo(String name) {
            this.name = name;
        }
    }

    private static SessionFactory factory(Engine engine) {
        MetaData md = MetaData.of(Widget.class, Gizmo.class);
        md.createAll(engine);
        return SessionFactory.builder(engine).metadata(md).build();
    }

    @AllDatabases
    void zeroKeysAreAssignedByTheDatabaseAndWrittenBack(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        Widget a = new Widget("a");
        Widget b = new Widget("b");
        Gizmo g = new Gizmo("g");
        Gizmo h = new Gizmo("h");
        try (Session session = sessions.open()) {
            session.add(a);
            session.add(b);
            session.addAll(List.of(g, h));
            session.commit(); // before: both rows INSERTed with id 0, a duplicate key
            assertThat(a.id).isPositive();
            assertThat(b.id).isPositive().isNotEqualTo(a.id);
            assertThat(g.id).isPositive();
            assertThat(h.id).isPositive().isNotEqualTo(g.id);

            // the objects know their rows: a change is an UPDATE of that row, not a stale-data error
            a.name = "a2";
            h.name = "h2";
            session.commit();
            assertThat(session.get(Widget.class, b.id)).isSameAs(b);
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT name FROM widgets WHERE id = :id"), java.util.Map.of("id", a.id))
                    .scalar()).isEqualTo("a2");
            assertThat(conn.execute(text("SELECT name FROM gizmos WHERE id = :id"), java.util.Map.of("id", h.id))
                    .scalar()).isEqualTo("h2");
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Widget.class, a.id).name).isEqualTo("a2");
            assertThat(session.query(Widget.class).count()).isEqualTo(2);
        }
    }

    @AllDatabases
    void aNonZeroKeyIsWrittenAsGiven(TestDatabase db) {
        SessionFactory sessions = factory(db.engine());
        Widget w = new Widget("given");
        w.id = 4242;
        try (Session session = sessions.open()) {
            session.add(w);
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Widget.class, 4242L).name).isEqualTo("given");
        }
    }
}
