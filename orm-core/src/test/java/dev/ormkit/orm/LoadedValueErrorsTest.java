package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.LoadException;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * A row whose value its field cannot hold fails to load with the class, field, column and row
 * key named, never with a silent 0 or false; a criterion of the wrong type is refused before
 * it reaches a database that would quietly cast it.
 */
class LoadedValueErrorsTest {
    enum Status { ACTIVE, RETIRED }

    @Table("stock")
    static class Stock {
        @Column(primaryKey = true) Long id;
        @Column int qty;
        @Column boolean listed;
        @Column(length = 20) Status status;
        @Column Integer reserved;
    }

    private static SessionFactory factory(Engine engine) {
        MetaData md = MetaData.of(Stock.class);
        md.createAll(engine);
        return SessionFactory.builder(engine).metadata(md).build();
    }

    private static void insert(Engine engine, long id, Integer qty, Boolean listed, String status) {
        try (Connection conn = engine.connect()) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("id", id);
            row.put("qty", qty);
            row.put("listed", listed);
            row.put("status", status);
            conn.execute(text("INSERT INTO stock (id, qty, listed, status) VALUES (:id, :qty, :listed, :status)"), row);
            conn.commit();
        }
    }

    @AllDatabases
    void nullInAPrimitiveFieldIsAnErrorNamingTheRow(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        insert(engine, 1, 5, true, "ACTIVE");
        insert(engine, 7, null, true, "ACTIVE");
        insert(engine, 8, 3, null, "ACTIVE");
        try (Session session = sessions.open()) {
            assertThat(session.get(Stock.class, 1L).qty).isEqualTo(5);
            assertThatThrownBy(() -> session.get(Stock.class, 7L))
                    .isInstanceOf(LoadException.class)
                    .hasMessageContaining(Stock.class.getName() + ".qty")
                    .hasMessageContaining("column stock.qty")
                    .hasMessageContaining("key 7")
                    .hasMessageContaining("NULL")
                    .hasMessageContaining("Integer");
            assertThatThrownBy(() -> session.query(Stock.class).filterBy("id", 8L).all())
                    .isInstanceOf(LoadException.class)
                    .hasMessageContaining(Stock.class.getName() + ".listed")
                    .hasMessageContaining("key 8")
                    .hasMessageContaining("Boolean");
            // a nullable boxed field takes NULL as it is
            assertThat(session.get(Stock.class, 1L).reserved).isNull();
        }
    }

    @AllDatabases
    void anUnknownEnumNameIsAnErrorNamingTheRow(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        insert(engine, 3, 1, true, "GONE");
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.query(Stock.class).all())
                    .isInstanceOf(LoadException.class)
                    .hasMessageContaining(Stock.class.getName() + ".status")
                    .hasMessageContaining("column stock.status")
                    .hasMessageContaining("key 3")
                    .hasMessageContaining("'GONE', which is not a constant of " + Status.class.getName())
                    .hasMessageContaining("[ACTIVE, RETIRED]")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    @AllDatabases
    void filterByChecksTheValueAgainstTheAttribute(TestDatabase db) {
        Engine engine = db.engine();
        SessionFactory sessions = factory(engine);
        insert(engine, 1, 0, true, "ACTIVE");
        insert(engine, 2, 12, false, "RETIRED");
        try (Session session = sessions.open()) {
            // on MariaDB and SQLite the text compared with an integer column became 0 and matched row 1
            assertThatThrownBy(() -> session.query(Stock.class).filterBy("qty", "not a number"))
                    .isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("filterBy(\"qty\", ...)")
                    .hasMessageContaining("Stock.qty is int")
                    .hasMessageContaining("java.lang.String 'not a number'");
            assertThatThrownBy(() -> session.query(Stock.class).filterBy("qty", 1.5))
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("Double 1.5");
            assertThatThrownBy(() -> session.query(Stock.class).filterBy("status", "GONE"))
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("[ACTIVE, RETIRED]");
            assertThatThrownBy(() -> session.query(Stock.class).filterBy("listed", 1))
                    .isInstanceOf(ArgumentException.class);

            // values of the attribute's type, numbers that fit it and enum names are taken
            assertThat(ids(session.query(Stock.class).filterBy("qty", 12L).all())).containsExactly(2L);
            assertThat(ids(session.query(Stock.class).filterBy("id", 1).all())).containsExactly(1L);
            assertThat(ids(session.query(Stock.class).filterBy("status", "RETIRED").all())).containsExactly(2L);
            assertThat(ids(session.query(Stock.class).filterBy("status", Status.ACTIVE).all())).containsExactly(1L);
            assertThat(ids(session.query(Stock.class).filterBy("reserved", null).orderBy("id").all()))
                    .containsExactly(1L, 2L);
        }
    }

    private static List<Long> ids(List<Stock> stocks) {
        return stocks.stream().map(s -> s.id).toList();
    }
}
