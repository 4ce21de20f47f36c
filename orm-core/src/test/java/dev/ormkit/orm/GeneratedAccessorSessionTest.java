package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.mapping.elsewhere.Audited;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Objects whose fields the generated accessor classes read and write: private fields of every
 * mappable primitive and its boxed form, fields of a mapped superclass in another package, and a
 * subclass of {@link Base}; inserted, loaded, updated and loaded again.
 */
class GeneratedAccessorSessionTest {

    @Table("gadgets")
    static class Gadget extends Audited {
        @Column(primaryKey = true) private Long id;
        @Column(length = 20) private String name;
        @Column private boolean on;
        @Column private Boolean boxedOn;
        @Column private short size;
        @Column private Short boxedSize;
        @Column private int count;
        @Column private Integer boxedCount;
        @Column private long total;
        @Column private Long boxedTotal;
        @Column private float ratio;
        @Column private Float boxedRatio;
        @Column private double weight;
        @Column private Double boxedWeight;

        private Gadget() {
        }

        Gadget(String name, int seed) {
            this.name = name;
            on = seed % 2 == 1;
            boxedOn = seed % 2 == 0;
            size = (short) (seed * 3);
            boxedSize = (short) (seed * 5);
            count = seed * 70_000;
            boxedCount = -seed;
            total = seed * 5_000_000_000L;
            boxedTotal = seed * 7L;
            ratio = seed + 0.5f;
            boxedRatio = seed + 0.25f;
            weight = seed + 0.125d;
            boxedWeight = -seed - 0.5d;
            createdBy("user" + seed);
            revision = seed;
            flags(seed * 2);
        }

        long revision() {
            return revision;
        }

        void revision(long revision) {
            this.revision = revision;
        }

        /** The mapped values, for comparing a loaded object with the one saved. */
        List<Object> values() {
            return List.of(id, name, on, String.valueOf(boxedOn), size, String.valueOf(boxedSize), count,
                    String.valueOf(boxedCount), total, String.valueOf(boxedTotal), ratio, String.valueOf(boxedRatio),
                    weight, String.valueOf(boxedWeight), String.valueOf(createdBy()), revision, flags());
        }
    }

    @Table("base_gadgets")
    static class BaseGadget extends Base {
        @Column(primaryKey = true) private Long id;
        @Column(length = 20) private String name;
        @Column private int count;

        private BaseGadget() {
        }

        BaseGadget(String name, int count) {
            this.name = name;
            this.count = count;
        }
    }

    private static SessionFactory sessions(TestDatabase db) {
        MetaData md = MetaData.of(Gadget.class, BaseGadget.class);
        md.createAll(db.engine());
        return SessionFactory.builder(db.engine()).metadata(md).build();
    }

    @AllDatabases
    void fieldsAreInsertedLoadedAndUpdated(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        Gadget one = new Gadget("one", 1);
        Gadget two = new Gadget("two", 2);
        BaseGadget based = new BaseGadget("based", 3);
        try (Session session = sessions.open()) {
            session.add(one);
            session.add(two);
            session.add(based);
            session.commit();
        }
        assertThat(one.id).isNotNull();
        assertThat(based.id).isNotNull();
        try (Session session = sessions.open()) {
            Gadget loaded = session.get(Gadget.class, one.id);
            assertThat(loaded).isNotSameAs(one);
            assertThat(loaded.values()).isEqualTo(one.values());
            assertThat(session.get(Gadget.class, two.id).values()).isEqualTo(two.values());
            BaseGadget loadedBased = session.get(BaseGadget.class, based.id);
            assertThat(loadedBased.name).isEqualTo("based");
            assertThat(loadedBased.count).isEqualTo(3);

            loaded.name = "uno";
            loaded.on = !loaded.on;
            loaded.boxedOn = null;
            loaded.count = 11;
            loaded.boxedCount = null;
            loaded.total = -1;
            loaded.boxedWeight = 9.5d;
            loaded.createdBy("editor");
            loaded.revision(8);
            loaded.flags(5);
            loadedBased.count = 4;
            session.commit();
        }
        try (Session session = sessions.open()) {
            Gadget again = session.get(Gadget.class, one.id);
            assertThat(again.name).isEqualTo("uno");
            assertThat(again.on).isFalse();
            assertThat(again.boxedOn).isNull();
            assertThat(again.count).isEqualTo(11);
            assertThat(again.boxedCount).isNull();
            assertThat(again.total).isEqualTo(-1);
            assertThat(again.boxedWeight).isEqualTo(9.5d);
            assertThat(again.createdBy()).isEqualTo("editor");
            assertThat(again.revision()).isEqualTo(8);
            assertThat(again.flags()).isEqualTo(5);
            assertThat(again.ratio).isEqualTo(1.5f);
            assertThat(session.get(BaseGadget.class, based.id).count).isEqualTo(4);
            assertThat(session.query(Gadget.class).orderBy("id").all()).extracting(g -> g.name).containsExactly("uno", "two");
        }
    }
}
