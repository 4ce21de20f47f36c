package dev.ormkit.reliability.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.MappingException;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid mappings of every kind fail when the application starts (its MetaData made, then
 * the session factory built), with a MappingException naming the class and the field, before
 * any statement.
 * Mapping is independent of the database, so this runs on H2 alone.
 */
class InvalidMappingStartupTest {
    private static Engine engine;

    @BeforeAll
    static void engine() {
        engine = Engine.create("jdbc:h2:mem:rb_invalid_mappings;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void dispose() {
        engine.dispose();
    }

    @Table("rb_parents")
    static class Parent {
        @Column(primaryKey = true) Long id;
        @Relationship(backPopulates = "parent") List<Child> children = new ArrayList<>();
    }

    @Table("rb_children")
    static class Child {
        @Column(primaryKey = true) Long id;
        @ForeignKey("rb_parents.id") Long parentId;
        @Relationship(backPopulates = "children") Parent parent;
    }

    @Table("rb_no_key")
    static class NoKey {
        @Column String name;
    }

    @Table("rb_duplicate_columns")
    static class DuplicateColumns {
        @Column(primaryKey = true) Long id;
        @Column(name = "label") String title;
        @Column(name = "label") String caption;
    }

    @Table("rb_unknown_fk_table")
    static class UnknownForeignKeyTable {
        @Column(primaryKey = true) Long id;
        @ForeignKey("rb_nowhere.id") Long ownerId;
    }

    @Table("rb_unknown_fk_column")
    static class UnknownForeignKeyColumn {
        @Column(primaryKey = true) Long id;
        @ForeignKey("rb_parents.nope") Long parentId;
    }

    static class NotMapped {
        Long id;
    }

    @Table("rb_unmapped_target")
    static class UnmappedTarget {
        @Column(primaryKey = true) Long id;
        @Relationship NotMapped target;
    }

    @Table("rb_bad_back_populates")
    static class BadBackPopulates {
        @Column(primaryKey = true) Long id;
        @ForeignKey("rb_parents.id") Long parentId;
        @Relationship(backPopulates = "nothing") Parent parent;
    }

    @Table("rb_unsupported_type")
    static class UnsupportedType {
        @Column(primaryKey = true) Long id;
        @Column Thread worker;
    }

    @Table("rb_raw_collection")
    @SuppressWarnings("rawtypes")
    static class RawCollection {
        @Column(primaryKey = true) Long id;
        @Relationship List things = new ArrayList();
    }

    @Table("rb_bad_default")
    static class BadDefault {
        @Column(primaryKey = true) Long id;
        @Column(defaultValue = "many") Integer count;
    }

    @Table("rb_bad_cascade")
    static class BadCascade {
        @Column(primaryKey = true) Long id;
        @Relationship(cascade = "all, explode") List<Child> children = new ArrayList<>();
    }

    /** The broken class, the field the message must name (null: the class alone), the classes mapped with it. */
    record Case(Class<?> broken, String field, List<Class<?>> others) {
        @Override
        public String toString() {
            return broken.getSimpleName();
        }
    }

    static List<Case> cases() {
        List<Class<?>> family = List.of(Parent.class, Child.class);
        return List.of(
                new Case(NoKey.class, null, List.of()),
                new Case(DuplicateColumns.class, "caption", List.of()),
                new Case(UnknownForeignKeyTable.class, "ownerId", List.of()),
                new Case(UnknownForeignKeyColumn.class, "parentId", family),
                new Case(UnmappedTarget.class, "target", List.of()),
                new Case(BadBackPopulates.class, "parent", family),
                new Case(UnsupportedType.class, "worker", List.of()),
                new Case(RawCollection.class, "things", List.of()),
                new Case(BadDefault.class, "count", List.of()),
                new Case(BadCascade.class, "children", family));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void failsAtStartUpNamingClassAndField(Case c) {
        List<Class<?>> classes = new ArrayList<>(c.others());
        classes.add(c.broken());
        try (StatementCounter counter = StatementCounter.on(engine)) {
            // as an application starts: a MetaData of its mapped classes, then the session factory
            assertThatThrownBy(() -> SessionFactory.builder(engine).metadata(MetaData.of(classes.toArray(Class<?>[]::new)))
                    .build())
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining(c.broken().getSimpleName())
                    .hasMessageContaining(c.field() == null ? c.broken().getSimpleName() : c.field());
            assertThat(counter.statements()).isEmpty();
        }
    }
}
