package dev.ormkit.spring.observability;

import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;

/** The known work the tests measure: fill shelves, then walk their books lazily (an N+1 loop). */
final class Library {
    static final MetaData METADATA = MetaData.of(Shelf.class, Book.class);

    private Library() {
    }

    static SessionFactory sessionFactory(Engine engine) {
        return SessionFactory.builder(engine).metadata(METADATA).build();
    }

    /** {@code shelves} shelves of {@code booksEach} books, in one session and one commit (one flush). */
    static void fill(SessionFactory sessions, int shelves, int booksEach) {
        try (Session session = sessions.open()) {
            for (int s = 0; s < shelves; s++) {
                Shelf shelf = new Shelf("shelf " + s);
                for (int b = 0; b < booksEach; b++) {
                    shelf.add(new Book("book " + s + "." + b));
                }
                session.add(shelf);
            }
            session.commit();
        }
    }

    /** One SELECT for the shelves, then one lazy load of books per shelf: the N+1 loop. Returns the books seen. */
    static int walkBooks(SessionFactory sessions) {
        int books = 0;
        try (Session session = sessions.open()) {
            List<Shelf> all = session.query(Shelf.class).all();
            for (Shelf shelf : all) {
                books += shelf.getBooks().size();
            }
        }
        return books;
    }
}
