package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.meta.CollectionRelation;
import dev.ormkit.mapping.meta.RelationAttribute;
import dev.ormkit.model.lifecycle.Author;
import dev.ormkit.model.lifecycle.Book;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * A session's object lifecycle (identity map; transient, pending, persistent, deleted and
 * detached states; another session's objects; expiry; lazy loads; dirty flush and rollback;
 * what the session keeps alive), written once and run by {@link PlainObjectLifecycleTest} over
 * plain mapped classes, by {@link BaseObjectLifecycleTest} over subclasses of {@link Base} and by
 * {@link EnhancedObjectLifecycleTest} over the plain classes enhanced at build time: the ways of
 * finding an object's state must not differ in anything a program sees.
 */
abstract class ObjectLifecycleContract {

    /** The model the tests run over: the two classes and how to make a new object of each. */
    record Model(Class<? extends Author> authorType, Class<? extends Book> bookType,
                 Function<String, Author> newAuthor, Function<String, Book> newBook) {
    }

    abstract Model model();

    private SessionFactory sessions(TestDatabase db) {
        return sessions(db, true);
    }

    private SessionFactory sessions(TestDatabase db, boolean expireOnCommit) {
        var engine = db.engine();
        MetaData metadata = MetaData.of(model().authorType(), model().bookType());
        metadata.createAll(engine);
        return SessionFactory.builder(engine).metadata(metadata).expireOnCommit(expireOnCommit).build();
    }

    private Author author(String name) {
        return model().newAuthor().apply(name);
    }

    private Book book(String title) {
        return model().newBook().apply(title);
    }

    private Author byName(Session session, String name) {
        return session.query(model().authorType()).filterBy("name", name).one();
    }

    private List<Author> allAuthors(Session session) {
        return new ArrayList<>(session.query(model().authorType()).all());
    }

    /** Two authors, the first with two books, committed; their ids. */
    private long[] twoAuthors(SessionFactory sessions) {
        try (Session session = sessions.open()) {
            Author ann = author("ann");
            ann.addBook(book("first"));
            ann.addBook(book("second"));
            Author bob = author("bob");
            session.addAll(List.of(ann, bob));
            session.commit();
            return new long[] {ann.getId(), bob.getId()};
        }
    }

    @AllDatabases
    void anObjectGoesThroughEveryStateAndTheIdentityMapHandsOutOneObjectPerRow(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        Author ann = author("ann");
        try (Session session = sessions.open()) {
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(session.contains(ann)).isFalse();
            session.add(ann);
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.PENDING);
            assertThat(session.contains(ann)).isTrue();
            assertThat(session.newObjects()).containsExactly(ann);
            session.add(ann); // twice: still one object
            session.commit();
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.inspect(ann).identity().value()).isEqualTo(ann.getId());
            try (StatementCounter counter = StatementCounter.on(sessions.engine())) {
                session.get(model().authorType(), ann.getId()); // expired by the commit: reloaded once
                assertThat(session.get(model().authorType(), ann.getId())).isSameAs(ann);
                assertThat(byName(session, "ann")).isSameAs(ann);
                assertThat(counter.selects()).isEqualTo(2);
            }

            session.expunge(ann);
            assertThat(session.contains(ann)).isFalse();
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.DETACHED);
            Author other = byName(session, "ann");
            assertThat(other).isNotSameAs(ann); // a new object for the row: ann left the identity map
            session.expunge(other);
            session.add(ann); // back, persistent, without an INSERT
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(byName(session, "ann")).isSameAs(ann);

            session.delete(ann);
            assertThat(session.inspect(ann).isMarkedForDeletion()).isTrue();
            assertThat(session.deletedObjects()).containsExactly(ann);
            assertThat(session.get(model().authorType(), ann.getId())).isNull();
            session.flush();
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.DELETED);
            assertThatThrownBy(() -> session.add(ann)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("DELETE flushed");
            session.commit();
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(session.contains(ann)).isFalse();
            assertThatThrownBy(() -> session.add(ann)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("deletion committed");
            assertThat(session.query(model().authorType()).count()).isZero();
        }
    }

    @AllDatabases
    void anObjectOfAnotherOpenSessionIsRefusedAndClosingLeavesObjectsDetachedOrTransient(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        twoAuthors(sessions);
        Author ann;
        Author bob;
        Author carl = author("carl");
        Session first = sessions.open();
        try (Session second = sessions.open()) {
            ann = byName(first, "ann");
            bob = byName(first, "bob");
            first.add(carl); // pending, never flushed
            first.delete(bob); // marked, DELETE not flushed
            assertThatThrownBy(() -> second.add(ann)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("another open session");
            assertThat(second.contains(ann)).isFalse();
            assertThat(second.inspect(ann).session()).isSameAs(first);

            first.close();
            assertThat(second.inspect(ann).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(second.inspect(ann).session()).isNull();
            assertThat(second.inspect(bob).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(second.inspect(bob).isMarkedForDeletion()).isFalse();
            assertThat(second.inspect(carl).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(first.contains(ann)).isFalse();
            assertThatThrownBy(() -> second.refresh(ann)).isInstanceOf(DetachedInstanceException.class);

            ann.setName("anne"); // changed while detached
            second.add(ann);
            second.add(carl);
            assertThat(second.inspect(ann).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(second.inspect(ann).session()).isSameAs(second);
            assertThat(second.dirtyObjects()).containsExactly(ann);
            second.commit();
            assertThat(second.query(model().authorType()).count()).isEqualTo(3); // bob's DELETE never flushed
            assertThat(byName(second, "anne")).isSameAs(ann);
        }
    }

    @AllDatabases
    void expiredObjectsReloadAndRefreshOverwrites(TestDatabase db) {
        SessionFactory sessions = sessions(db, false); // here only expire() and refresh() expire
        long[] ids = twoAuthors(sessions);
        try (Session session = sessions.open()) {
            Author ann = session.get(model().authorType(), ids[0]);
            Author bob = session.get(model().authorType(), ids[1]);
            session.commit(); // ends the read transaction (SQLite would hold its lock)
            rename(sessions, ids[0], "ann2");
            rename(sessions, ids[1], "bob2");
            assertThat(session.get(model().authorType(), ids[0]).getName()).isEqualTo("ann"); // not looked again
            session.expire(ann);
            assertThat(session.inspect(ann).isExpired()).isTrue();
            assertThat(session.get(model().authorType(), ids[0])).isSameAs(ann);
            assertThat(ann.getName()).isEqualTo("ann2");
            assertThat(session.inspect(ann).isExpired()).isFalse();

            bob.setName("discarded");
            session.refresh(bob);
            assertThat(bob.getName()).isEqualTo("bob2");
            assertThat(session.dirtyObjects()).isEmpty();
            session.commit();

            rename(sessions, ids[0], "ann3");
            rename(sessions, ids[1], "bob3");
            session.expireAll();
            assertThat(session.inspect(ann).isExpired()).isTrue();
            assertThat(session.inspect(bob).isExpired()).isTrue();
            assertThat(allAuthors(session)).containsExactlyInAnyOrder(ann, bob);
            assertThat(List.of(ann.getName(), bob.getName())).containsExactlyInAnyOrder("ann3", "bob3");
        }
    }

    private void rename(SessionFactory sessions, long id, String name) {
        try (Session other = sessions.open()) {
            other.get(model().authorType(), id).setName(name);
            other.commit();
        }
    }

    @AllDatabases
    void lazyRelationshipsLoadOnFirstUseWhileAttachedOnly(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        long[] ids = twoAuthors(sessions);
        Author bob;
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(sessions.engine())) {
            Author ann = session.get(model().authorType(), ids[0]);
            bob = session.get(model().authorType(), ids[1]);
            counter.reset();
            List<? extends Book> books = ann.getBooks();
            assertThat(books).extracting(Book::getTitle).containsExactlyInAnyOrder("first", "second");
            assertThat(counter.selects()).isEqualTo(1);
            for (Book b : books) {
                assertThat(b.getAuthor()).isSameAs(ann); // the session's object for the row: no SQL
                assertThat(session.contains(b)).isTrue();
                assertThat(session.inspect(b).status()).isEqualTo(ObjectStatus.PERSISTENT);
            }
            assertThat(counter.selects()).isEqualTo(1);
        }
        assertThatThrownBy(() -> bob.getBooks().size()).isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("books");
    }

    @AllDatabases
    void aFlushWritesTheChangedObjectsAndARollbackUndoesTheSession(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        long[] ids = twoAuthors(sessions);
        try (Session session = sessions.open()) {
            List<Author> all = allAuthors(session);
            Author ann = session.get(model().authorType(), ids[0]);
            Author bob = session.get(model().authorType(), ids[1]);
            assertThat(all).containsExactlyInAnyOrder(ann, bob);
            ann.setName("ann2");
            assertThat(session.dirtyObjects()).containsExactly(ann);
            assertThat(session.inspect(ann).modifiedAttributes()).containsExactly("name");
            try (StatementCounter counter = StatementCounter.on(sessions.engine())) {
                session.flush();
                assertThat(counter.updates()).isEqualTo(1);
            }
            assertThat(session.dirtyObjects()).isEmpty();

            Author dan = author("dan");
            session.add(dan);
            session.flush();
            assertThat(dan.getId()).isNotNull();
            bob.setName("bob2"); // not flushed
            session.delete(bob);
            session.rollback();

            assertThat(session.inspect(dan).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(dan.getId()).isNull(); // the generated key goes with the INSERT
            assertThat(session.contains(dan)).isFalse();
            assertThat(session.inspect(bob).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.inspect(bob).isMarkedForDeletion()).isFalse();
            assertThat(session.inspect(ann).isExpired()).isTrue();
            assertThat(ann.getName()).isEqualTo("ann2"); // fields keep their values until reloaded
            assertThat(session.get(model().authorType(), ids[0])).isSameAs(ann);
            assertThat(ann.getName()).isEqualTo("ann");
            assertThat(session.get(model().authorType(), ids[1]).getName()).isEqualTo("bob");
            assertThat(session.query(model().authorType()).count()).isEqualTo(2);

            ann.setName("ann4");
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(model().authorType(), ids[0]).getName()).isEqualTo("ann4");
        }
    }

    @AllDatabases
    void theSessionHoldsItsObjectsWhileTheyAreAttachedAndNoLonger(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        twoAuthors(sessions);
        try (Session session = sessions.open()) {
            session.add(author("cy"));
            session.commit();
        }
        Session session = sessions.open();
        List<WeakReference<Object>> loaded = loadAll(session);
        assertThat(loaded).hasSize(5); // ann, her two books, bob, cy
        WeakReference<Object> pending = new WeakReference<>(add(session, "eve"));
        WeakReference<Object> alone = new WeakReference<>(session.get(model().authorType(), idOf(loaded, "cy")));
        collectGarbage(loaded.get(0));
        assertThat(loaded).as("attached: the session holds them").allMatch(r -> r.get() != null);
        assertThat(pending.get()).isNotNull();
        assertThat(session.newObjects()).hasSize(1);
        assertThat(session.query(model().authorType()).count()).isEqualTo(4); // the pending author was flushed
        session.rollback();

        session.expunge(alone.get());
        loaded.removeIf(r -> r.get() == alone.get());
        // the same row's object again, in a query of its own: the expunged one is nobody's now
        WeakReference<Object> expunged = new WeakReference<>(byName(session, "cy"));
        session.expunge(expunged.get());
        collectGarbage(expunged);
        assertThat(expunged.get()).as("an expunged object nothing else holds").isNull();

        session.close();
        collectGarbage(loaded.get(3));
        assertThat(loaded.get(3).get()).as("bob, an object of a closed session").isNull();
        assertThat(pending.get()).isNull();
        assertThat(alone.get()).isNull();
        collectGarbage(loaded.get(0));
        assertThat(loaded.subList(0, 3)).as("ann and her books, linked both ways, of a closed session").allMatch(r -> r.get() == null);
    }

    /**
     * A detached author's loaded books are held weakly by her state (the books' own states would
     * otherwise keep her alive), but a book taken out of her collection while she is detached is
     * held until she joins a session again, so that the flush there sees it leave.
     */
    @AllDatabases
    void aMemberRemovedWhileDetachedIsUnlinkedWhenTheOwnerIsAddedBack(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        long annId = twoAuthors(sessions)[0];
        Author ann;
        WeakReference<Object> removed;
        try (Session session = sessions.open()) {
            ann = session.get(model().authorType(), annId);
            assertThat(ann.getBooks()).hasSize(2); // loaded: the baseline holds both books
        }
        removed = new WeakReference<>(ann.getBooks().get(0));
        long removedId = ((Book) removed.get()).getId();
        ann.getBooks().remove(0);
        collectGarbage(removed);
        assertThat(removed.get()).as("the removal not flushed yet keeps the book").isNotNull();
        try (Session session = sessions.open()) {
            session.add(ann);
            session.add(removed.get());
            assertThat(session.inspect(ann).isPersistent()).isTrue();
            session.commit();
            Book book = session.get(model().bookType(), removedId);
            assertThat(book).isNotNull();
            assertThat(book.getAuthor()).as("unlinked by the flush after the author was added back").isNull();
            assertThat(session.get(model().authorType(), annId).getBooks()).hasSize(1);
        }
    }

    /**
     * A collection changed while its owner is out of any session (a member taken out and put
     * back, one taken out for good while attached and not flushed, a new one added) is flushed
     * as changed when the owner joins a session again.
     */
    @AllDatabases
    void aCollectionChangedWhileDetachedIsFlushedWhenTheOwnerIsAddedBack(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        long[] ids = twoAuthors(sessions);
        Author ann;
        WeakReference<Object> removed;
        try (Session session = sessions.open()) {
            ann = session.query(model().authorType()).options(Load.selectinLoad(books())).filterBy("name", "ann").one();
            assertThat(ann.getBooks()).extracting(Book::getTitle).containsExactlyInAnyOrder("first", "second");
            Book second = bookTitled(ann, "second");
            removed = new WeakReference<>(second);
            ann.getBooks().remove(second); // attached, never flushed: the session closes first
        }
        Book first = bookTitled(ann, "first");
        ann.getBooks().remove(first);
        ann.addBook(first); // out and back: no change to flush
        ann.addBook(book("third"));
        collectGarbage(removed);
        assertThat(removed.get()).as("the removal not flushed yet keeps the book").isNotNull();
        try (Session session = sessions.open()) {
            session.add(ann);
            session.add(removed.get());
            session.commit();
        }
        try (Session session = sessions.open()) {
            Author again = session.get(model().authorType(), ids[0]);
            assertThat(again.getBooks()).extracting(Book::getTitle).containsExactlyInAnyOrder("first", "third");
            assertThat(session.query(model().bookType()).filterBy("title", "second").one().getAuthor()).isNull();
        }
    }

    /** A many-to-one reference changed while its object is out of any session is flushed when the object is added back. */
    @AllDatabases
    void aReferenceChangedWhileDetachedIsFlushedWhenTheObjectIsAddedBack(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        long[] ids = twoAuthors(sessions);
        Book first;
        Book second;
        Author bob;
        try (Session session = sessions.open()) {
            Author ann = session.get(model().authorType(), ids[0]);
            bob = session.get(model().authorType(), ids[1]);
            first = bookTitled(ann, "first");
            second = bookTitled(ann, "second");
            assertThat(first.getAuthor()).isSameAs(ann);
        }
        first.setAuthor(bob);
        second.setAuthor(null);
        try (Session session = sessions.open()) {
            session.add(first);
            session.add(second);
            session.add(bob);
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(model().authorType(), ids[0]).getBooks()).isEmpty();
            assertThat(session.get(model().authorType(), ids[1]).getBooks()).extracting(Book::getTitle)
                    .containsExactly("first");
            assertThat(session.get(model().bookType(), second.getId()).getAuthor()).isNull();
        }
    }

    /** Authors and books loaded eagerly (selectin, joined) are collected once their session is closed and nothing holds them. */
    @AllDatabases
    void eagerlyLoadedObjectsLinkedBothWaysAreCollectedAfterClose(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        twoAuthors(sessions);
        for (LoaderOption option : List.of(Load.selectinLoad(books()), Load.joinedLoad(books()))) {
            Session session = sessions.open();
            List<WeakReference<Object>> loaded = loadEagerly(session, option);
            assertThat(loaded).hasSize(4);
            session.close();
            collectGarbage(loaded.get(0));
            assertThat(loaded).as("loaded with %s, of a closed session", option).allMatch(r -> r.get() == null);
        }
    }

    /**
     * Objects kept after their session closed do not keep the session (its maps, its queries'
     * lists of loaded objects) alive: a web application that keeps one object per request, or a
     * cache of detached objects, would otherwise hold every such session.
     */
    @AllDatabases
    void objectsKeptAfterCloseDoNotKeepTheirSession(TestDatabase db) {
        SessionFactory sessions = sessions(db);
        long[] ids = twoAuthors(sessions);
        List<Object> kept = new ArrayList<>();
        List<WeakReference<Session>> closed = new ArrayList<>();
        for (LoaderOption option : List.of(Load.selectinLoad(books()), Load.lazyLoad(books()))) {
            Session session = sessions.open();
            kept.add(session.get(model().authorType(), ids[1])); // by key
            kept.addAll(session.query(model().authorType()).options(option).orderBy("id").all());
            Author pending = author("pat");
            session.add(pending);
            kept.add(pending);
            session.close();
            closed.add(new WeakReference<>(session));
        }
        collectGarbage(closed.get(0));
        collectGarbage(closed.get(1));
        assertThat(closed).as("closed sessions whose objects are still held").allMatch(r -> r.get() == null);
        try (Session session = sessions.open()) {
            for (Object o : kept) {
                assertThat(session.contains(o)).isFalse();
            }
            Author ann = (Author) kept.get(1);
            assertThat(session.inspect(ann).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(session.inspect(kept.get(3)).status()).as("added, never flushed").isEqualTo(ObjectStatus.TRANSIENT);
            ann.setName("ann, kept");
            session.add(ann); // a detached object joins a new session: its change is flushed
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.get(model().authorType(), ids[0]).getName()).isEqualTo("ann, kept");
        }
    }

    /** Every author with her books, loaded under {@code option}, as weak references (no local variable keeps one). */
    private List<WeakReference<Object>> loadEagerly(Session session, LoaderOption option) {
        List<WeakReference<Object>> out = new ArrayList<>();
        for (Author a : session.query(model().authorType()).options(option).orderBy("id").all()) {
            out.add(new WeakReference<>(a));
            for (Book b : a.getBooks()) {
                assertThat(b.getAuthor()).isSameAs(a);
                out.add(new WeakReference<>(b));
            }
        }
        return out;
    }

    /** The books relationship of the model's author class. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private RelationAttribute<?, ?> books() {
        return new CollectionRelation(model().authorType(), "books", model().bookType());
    }

    private static Book bookTitled(Author author, String title) {
        for (Book b : author.getBooks()) {
            if (b.getTitle().equals(title)) {
                return b;
            }
        }
        throw new AssertionError("no book " + title);
    }

    /** Every author and book, loaded into {@code session}, as weak references (no local variable keeps one). */
    private List<WeakReference<Object>> loadAll(Session session) {
        List<WeakReference<Object>> out = new ArrayList<>();
        for (Author a : session.query(model().authorType()).orderBy("id").all()) {
            out.add(new WeakReference<>(a));
            for (Book b : a.getBooks()) {
                out.add(new WeakReference<>(b));
            }
        }
        return out;
    }

    private static long idOf(List<WeakReference<Object>> loaded, String name) {
        for (WeakReference<Object> r : loaded) {
            if (r.get() instanceof Author a && a.getName().equals(name)) {
                return a.getId();
            }
        }
        throw new AssertionError("no author " + name);
    }

    private Object add(Session session, String name) {
        Author a = author(name);
        session.add(a);
        return a;
    }

    /** Runs collections until {@code ref} is cleared, a few at most. */
    static void collectGarbage(WeakReference<?> ref) {
        for (int i = 0; i < 10 && ref.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
