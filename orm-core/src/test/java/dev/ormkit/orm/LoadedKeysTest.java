package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import dev.ormkit.engine.Engine;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Table;
import dev.ormkit.model.Employee;
import dev.ormkit.model.Engineer;
import dev.ormkit.model.Manager;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Loaded objects are found again by their row whatever the type of their single-column key:
 * the identity map keeps such objects by key value per root class, with no key object per row,
 * so the same value in two unrelated classes, or read as two classes of one hierarchy, must
 * still give one object per row and never another class's object.
 */
class LoadedKeysTest {
    @Table("lk_shorts")
    static class ShortKeyed {
        @Column(primaryKey = true) Short id;
        @Column(length = 20) String name;

        ShortKeyed() {
        }

        ShortKeyed(Short id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Table("lk_ints")
    static class IntKeyed {
        @Column(primaryKey = true) Integer id;
        @Column(length = 20) String name;

        IntKeyed() {
        }

        IntKeyed(Integer id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Table("lk_longs")
    static class LongKeyed {
        @Column(primaryKey = true) Long id;
        @Column(length = 20) String name;

        LongKeyed() {
        }

        LongKeyed(Long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** Unrelated to {@link LongKeyed}, with the same key values. */
    @Table("lk_other_longs")
    static class OtherLongKeyed {
        @Column(primaryKey = true) Long id;
        @Column(length = 20) String name;

        OtherLongKeyed() {
        }

        OtherLongKeyed(Long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Table("lk_strings")
    static class StringKeyed {
        @Column(primaryKey = true, length = 20) String id;
        @Column(length = 20) String name;

        StringKeyed() {
        }

        StringKeyed(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Table("lk_uuids")
    static class UuidKeyed {
        @Column(primaryKey = true) UUID id;
        @Column(length = 20) String name;

        UuidKeyed() {
        }

        UuidKeyed(UUID id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private static SessionFactory factory(Engine engine) {
        MetaData md = MetaData.of(ShortKeyed.class, IntKeyed.class, LongKeyed.class, OtherLongKeyed.class,
                StringKeyed.class, UuidKeyed.class, Employee.class, Manager.class, Engineer.class);
        md.createAll(engine);
        return SessionFactory.builder(engine).metadata(md).build();
    }

    private static final UUID U1 = UUID.fromString("0b5e9f4e-3d0c-4a7e-9a51-0c6f1f3a2b01");
    private static final UUID U2 = UUID.fromString("0b5e9f4e-3d0c-4a7e-9a51-0c6f1f3a2b02");

    @AllDatabases
    void eachKeyTypeLoadsOneObjectPerRowAndFindsItAgain(TestDatabase db) {
        SessionFactory sessions = factory(db.engine());
        try (Session session = sessions.open()) {
            session.addAll(List.of(new ShortKeyed((short) 1, "s1"), new ShortKeyed((short) 2, "s2"),
                    new IntKeyed(1, "i1"), new IntKeyed(2, "i2"), new LongKeyed(1L, "l1"), new LongKeyed(2L, "l2"),
                    new StringKeyed("a", "t1"), new StringKeyed("b", "t2"), new UuidKeyed(U1, "u1"),
                    new UuidKeyed(U2, "u2")));
            session.commit();
        }
        try (Session session = sessions.open()) {
            check(session, ShortKeyed.class, (short) 1, (short) 2, o -> o.name);
            check(session, IntKeyed.class, 1, 2, o -> o.name);
            check(session, LongKeyed.class, 1L, 2L, o -> o.name);
            check(session, StringKeyed.class, "a", "b", o -> o.name);
            check(session, UuidKeyed.class, U1, U2, o -> o.name);
        }
    }

    private static <T> void check(Session session, Class<T> type, Object first, Object second,
                                  java.util.function.Function<T, String> name) {
        List<T> loaded = session.query(type).all();
        assertThat(loaded).hasSize(2);
        T one = session.get(type, first);
        T two = session.get(type, second);
        assertThat(one).isNotNull().isNotSameAs(two);
        assertThat(loaded).containsExactlyInAnyOrder(one, two);
        // a second query answers the same objects, and its rows do not overwrite them
        String renamed = name.apply(one) + "!";
        setName(one, renamed);
        assertThat(session.query(type).all()).containsExactlyInAnyOrder(one, two);
        assertThat(name.apply(one)).isEqualTo(renamed);
        // the identity a loaded object reports is the key the mapping makes of its value
        assertThat(session.inspect(one).identity()).isEqualTo(EntityMapping.of(type).keyFor(first));
        assertThat(session.inspect(one).identity().rootType()).isEqualTo(type);
        // expired, a query reloads the same object; expunged, the row becomes a new one
        session.expire(two);
        assertThat(session.query(type).all()).contains(two);
        session.expunge(one);
        T again = session.get(type, first);
        assertThat(again).isNotNull().isNotSameAs(one);
        assertThat(session.query(type).all()).containsExactlyInAnyOrder(again, two);
    }

    private static void setName(Object o, String name) {
        try {
            var f = o.getClass().getDeclaredField("name");
            f.setAccessible(true);
            f.set(o, name);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @AllDatabases
    void theSameKeyInTwoUnrelatedClassesIsTwoObjects(TestDatabase db) {
        SessionFactory sessions = factory(db.engine());
        try (Session session = sessions.open()) {
            session.addAll(List.of(new LongKeyed(7L, "long"), new OtherLongKeyed(7L, "other")));
            session.commit();
        }
        try (Session session = sessions.open()) {
            LongKeyed a = session.query(LongKeyed.class).one();
            OtherLongKeyed b = session.query(OtherLongKeyed.class).one();
            assertThat(a.name).isEqualTo("long");
            assertThat(b.name).isEqualTo("other");
            assertThat(session.get(LongKeyed.class, 7L)).isSameAs(a);
            assertThat(session.get(OtherLongKeyed.class, 7L)).isSameAs(b);
            assertThat(session.inspect(a).identity()).isNotEqualTo(session.inspect(b).identity());
            session.expunge(a); // leaves the other class's object where it is
            assertThat(session.get(OtherLongKeyed.class, 7L)).isSameAs(b);
            assertThat(session.get(LongKeyed.class, 7L)).isNotSameAs(a).extracting(o -> o.name).isEqualTo("long");
        }
    }

    @AllDatabases
    void aHierarchyKeysItsObjectsByTheRootClass(TestDatabase db) {
        SessionFactory sessions = factory(db.engine());
        long bossId;
        long devId;
        try (Session session = sessions.open()) {
            Manager boss = new Manager("ann", "platform");
            Engineer dev = new Engineer("bob", "java");
            session.addAll(List.of(boss, dev));
            session.add(new LongKeyed(1L, "not an employee"));
            session.commit();
            bossId = boss.id;
            devId = dev.id;
        }
        try (Session session = sessions.open()) {
            List<Employee> all = session.query(Employee.class).all(); // polymorphic: each row as its subclass
            Employee boss = session.get(Employee.class, bossId);
            assertThat(boss).isInstanceOf(Manager.class);
            assertThat(all).contains(boss);
            assertThat(session.get(Manager.class, bossId)).isSameAs(boss);
            assertThat(session.query(Manager.class).all()).containsExactly((Manager) boss);
            assertThat(session.get(Engineer.class, bossId)).isNull(); // the row is a manager's
            Engineer dev = session.get(Engineer.class, devId);
            assertThat(all).contains(dev);
            assertThat(session.inspect(dev).identity().rootType()).isEqualTo(Employee.class);
            // the same key value in an unrelated class is another object
            assertThat(session.get(LongKeyed.class, 1L)).isNotNull().isNotSameAs(session.get(Employee.class, 1L));
        }
    }
}
