package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import dev.ormkit.enhance.EnhancedClasses;
import dev.ormkit.model.lifecycle.Author;
import dev.ormkit.model.lifecycle.Book;
import dev.ormkit.model.lifecycle.PlainAuthor;
import dev.ormkit.model.lifecycle.PlainBook;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * The object lifecycle over the plain classes as the build-time enhancement leaves them
 * ({@link dev.ormkit.enhance.StateFieldPlugin}): each a {@link StateCarrier}, its states in its field.
 */
class EnhancedObjectLifecycleTest extends ObjectLifecycleContract {
    private static final EnhancedClasses CLASSES = EnhancedClasses.of(PlainAuthor.class, PlainBook.class);

    @Override
    @SuppressWarnings("unchecked")
    Model model() {
        Class<? extends Author> author = (Class<? extends Author>) CLASSES.load(PlainAuthor.class);
        Class<? extends Book> book = (Class<? extends Book>) CLASSES.load(PlainBook.class);
        return new Model(author, book, constructor(author), constructor(book));
    }

    private static <T> Function<String, T> constructor(Class<? extends T> type) {
        try {
            Constructor<? extends T> c = type.getConstructor(String.class);
            return name -> {
                try {
                    return c.newInstance(name);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @AllDatabases
    void theEnhancedClassesCarryTheirStatesAndTheRegistryHoldsNoneOfThem(TestDatabase db) {
        Model model = model();
        assertThat(StateCarrier.class).isAssignableFrom(model.authorType());
        MetaData metadata = MetaData.of(model.authorType(), model.bookType());
        assertThat(metadata.getTable("plain_authors").columns()).extracting(c -> c.name()).containsExactly("id", "name");
        metadata.createAll(db.engine());
        SessionFactory sessions = SessionFactory.builder(db.engine()).metadata(metadata).build();
        try (Session session = sessions.open()) {
            for (int i = 0; i < 500; i++) {
                session.add(model.newAuthor().apply("author " + i));
            }
            session.commit();
        }
        System.gc();
        int before = StateRegistry.heldStates();
        List<Author> loaded;
        try (Session session = sessions.open()) {
            loaded = new ArrayList<>(session.query(model.authorType()).all());
            assertThat(loaded).hasSize(500);
            for (Author a : loaded) {
                Object state = ((StateCarrier) a).$ormkitState();
                assertThat(state).isSameAs(session.inspect(a));
            }
        }
        assertThat(StateRegistry.heldStates()).as("registry entries after loading 500 enhanced objects").isLessThanOrEqualTo(before);
        try (Session session = sessions.open()) {
            assertThat(session.inspect(loaded.get(0)).status()).isEqualTo(ObjectStatus.DETACHED);
        }
    }
}
