package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.model.lifecycle.BaseAuthor;
import dev.ormkit.model.lifecycle.BaseAuthor_;
import dev.ormkit.model.lifecycle.BaseBook;
import dev.ormkit.model.lifecycle.PlainAuthor_;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What {@link Base} adds to a mapped class: a field for the state that nothing maps, serializes
 * or copies into a new object, and that the session uses instead of the registry and its map.
 * The lifecycle itself is {@link BaseObjectLifecycleTest}'s.
 */
class BaseClassTest {

    @Test
    void theStateFieldIsNotMapped() throws NoSuchFieldException {
        Field field = Base.class.getDeclaredField("ormkitState");
        assertThat(Modifier.isTransient(field.getModifiers())).isTrue();
        assertThat(Base.class.getDeclaredMethods()).as("Base declares no methods").isEmpty();

        MetaData metadata = MetaData.of(BaseAuthor.class, BaseBook.class);
        assertThat(metadata.getTable("base_authors").columns()).extracting(Column::name).containsExactly("id", "name");
        assertThat(metadata.getTable("base_books").columns()).extracting(Column::name)
                .containsExactly("id", "title", "author_id");
        assertThat(EntityMapping.of(BaseAuthor.class).columnAttributes()).extracting(ColumnAttribute::name)
                .containsExactly("id", "name");

        // the processor's metamodel: the same attributes as the plain class's, nothing of Base
        assertThat(attributeNames(BaseAuthor_.class)).containsExactly(attributeNames(PlainAuthor_.class))
                .contains("id", "name", "books").noneMatch(n -> n.toLowerCase().contains("state"));
    }

    private static String[] attributeNames(Class<?> metamodel) {
        return Arrays.stream(metamodel.getDeclaredFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).filter(n -> !n.startsWith("$")).sorted().toArray(String[]::new);
    }

    @AllDatabases
    void theSessionKeepsTheStateInTheField(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        BaseAuthor ann = new BaseAuthor("ann");
        assertThat(((Base) ann).ormkitState).isNull();
        try (Session session = sessions.open()) {
            session.add(ann);
            InstanceState state = session.inspect(ann);
            assertThat(((Base) ann).ormkitState).isSameAs(state);
            assertThat(state.object()).isSameAs(ann);
            assertThat(state.attachedSlot()).isNotNegative();
            session.commit();
            BaseAuthor loaded = session.query(BaseAuthor.class).one();
            assertThat(loaded).isSameAs(ann);
        }
        try (Session session = sessions.open()) {
            BaseAuthor loaded = session.query(BaseAuthor.class).one();
            assertThat(loaded).isNotSameAs(ann);
            assertThat(((Base) loaded).ormkitState).isSameAs(session.inspect(loaded));
            assertThat(session.inspect(loaded).status()).isEqualTo(ObjectStatus.PERSISTENT);
        }
    }

    @AllDatabases
    void aCloneSharesTheFieldButIsANewTransientObject(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        try (Session session = sessions.open()) {
            BaseAuthor ann = new BaseAuthor("ann");
            session.add(ann);
            session.commit();
            BaseAuthor copy = ann.copy();
            assertThat(((Base) copy).ormkitState).isSameAs(((Base) ann).ormkitState); // Object.clone() copies fields
            assertThat(StateRegistry.get(copy)).isNull();
            assertThat(session.contains(copy)).isFalse();
            assertThat(session.inspect(copy).status()).isEqualTo(ObjectStatus.TRANSIENT);
            session.add(copy);
            assertThat(session.inspect(copy).status()).isEqualTo(ObjectStatus.PENDING);
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.newObjects()).containsExactly(copy);
            session.expunge(copy);
            assertThat(session.contains(ann)).isTrue();
        }
    }

    @AllDatabases
    void aDeserializedCopyIsTransient(TestDatabase db) throws IOException, ClassNotFoundException {
        SessionFactory sessions = sessions(db);
        try (Session session = sessions.open()) {
            BaseBook book = new BaseBook("first");
            session.add(book);
            session.commit();
            assertThat(book.getTitle()).isEqualTo("first"); // loaded again after the commit
            BaseBook copy = roundTrip(book);
            assertThat(copy.getId()).isEqualTo(book.getId());
            assertThat(((Base) copy).ormkitState).isNull();
            assertThat(session.inspect(copy).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(session.inspect(book).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.merge(copy)).isSameAs(book);
        }
    }

    private static SessionFactory sessions(TestDatabase db) {
        var engine = db.engine();
        MetaData metadata = MetaData.of(BaseAuthor.class, BaseBook.class);
        metadata.createAll(engine);
        return SessionFactory.builder(engine).metadata(metadata).build();
    }

    private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            T copy = (T) in.readObject();
            return copy;
        }
    }
}
