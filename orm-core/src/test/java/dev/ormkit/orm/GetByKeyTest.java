package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** {@link Session#get} by a primary key of one or more columns, from fresh sessions. */
class GetByKeyTest {

    /** A row keyed by two columns. */
    @Table("stock")
    static class Stock {
        @Column(primaryKey = true, length = 10) String warehouse;
        @Column(primaryKey = true, length = 10) String sku;
        @Column Integer quantity;

        Stock() {
        }

        Stock(String warehouse, String sku, int quantity) {
            this.warehouse = warehouse;
            this.sku = sku;
            this.quantity = quantity;
        }
    }

    private static SessionFactory stock(TestDatabase db) {
        MetaData md = MetaData.of(Stock.class);
        dev.ormkit.engine.Engine engine = db.engine();
        md.createAll(engine);
        SessionFactory sessions = SessionFactory.builder(engine).metadata(md).build();
        try (Session session = sessions.open()) {
            session.addAll(List.of(new Stock("north", "a1", 3), new Stock("north", "b2", 5), new Stock("south", "a1", 7)));
            session.commit();
        }
        return sessions;
    }

    @AllDatabases
    void getByACompositeKeyFindsTheOneRowOfBothValues(TestDatabase db) {
        SessionFactory sessions = stock(db);
        // each session reads by a key of another shape of values: the statement is shared, the values are not
        for (Object[] key : List.of(new Object[] {"north", "a1"}, new Object[] {"south", "a1"}, new Object[] {"north", "b2"})) {
            try (Session session = sessions.open()) {
                Stock found = session.get(Stock.class, key);
                assertThat(found).isNotNull();
                assertThat(new Object[] {found.warehouse, found.sku}).containsExactly(key);
            }
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Stock.class, List.of("south", "a1")).quantity).isEqualTo(7);
            assertThat(session.get(Stock.class, new Object[] {"south", "b2"})).isNull();
        }
    }

    @AllDatabases
    void getByACompositeKeyAgainAnswersFromTheSessionAndSeesCommittedChanges(TestDatabase db) {
        SessionFactory sessions = stock(db);
        try (Session session = sessions.open()) {
            Stock first = session.get(Stock.class, new Object[] {"north", "b2"});
            assertThat(session.get(Stock.class, List.of("north", "b2"))).isSameAs(first);
            first.quantity = 6;
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(Stock.class, new Object[] {"north", "b2"}).quantity).isEqualTo(6);
            assertThat(session.get(Stock.class, new Object[] {"north", "a1"}).quantity).isEqualTo(3);
        }
    }
}
