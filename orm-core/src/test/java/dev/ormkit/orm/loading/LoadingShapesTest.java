package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.selectinLoad;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.model.Post;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Loading shapes beyond the guide's models: a class that cannot be proxied, a one-to-one,
 * a self-referencing tree, declared eager defaults and ordered collections under a join.
 */
class LoadingShapesTest {

    /** Final: no proxy can stand for it, so references to it load with the query. */
    @Table("publishers")
    static final class Publisher {
        @Column(primaryKey = true) Long id;
        @Column(length = 50) String name;

        Publisher() {
        }

        Publisher(String name) {
            this.name = name;
        }
    }

    @Table("books")
    static class Book {
        @Column(primaryKey = true) Long id;
        @Column(length = 50) String title;
        @Column @ForeignKey("publishers.id") Long publisherId;
        @Relationship Publisher publisher;
        @Relationship(uselist = false, backPopulates = "book") Cover cover;
        @Relationship(backPopulates = "book", orderBy = "number desc", lazy = Lazy.SELECTIN) List<Chapter> chapters =
                new ArrayList<>();

        Book() {
        }

        Book(String title) {
            this.title = title;
        }
    }

    @Table("covers")
    static class Cover {
        @Column(primaryKey = true) Long id;
        @Column(length = 20) String colour;
        @Column @ForeignKey("books.id") Long bookId;
        @Relationship(backPopulates = "cover") Book book;

        Cover() {
        }

        Cover(String colour) {
            this.colour = colour;
        }
    }

    @Table("chapters")
    static class Chapter {
        @Column(primaryKey = true) Long id;
        @Column Integer number;
        @Column @ForeignKey("books.id") Long bookId;
        @Relationship(backPopulates = "chapters") Book book;

        Chapter() {
        }

        Chapter(int number) {
            this.number = number;
        }
    }

    @Table("folders")
    static class Folder {
        @Column(primaryKey = true) Long id;
        @Column(length = 20) String name;
        @Column @ForeignKey("folders.id") Long parentId;
        @Relationship(backPopulates = "children") Folder parent;
        @Relationship(backPopulates = "parent") List<Folder> children = new ArrayList<>();

        Folder() {
        }

        Folder(String name) {
            this.name = name;
        }

        String getName() {
            return name;
        }

        Folder getParent() {
            return parent;
        }
    }

    private static SessionFactory books(TestDatabase db) {
        MetaData md = MetaData.of(Publisher.class, Book.class, Cover.class, Chapter.class, Folder.class);
        dev.ormkit.engine.Engine engine = db.engine();
        md.createAll(engine);
        SessionFactory sessions = SessionFactory.builder(engine).metadata(md).nPlusOne(NPlusOneMode.RAISE).build();
        try (Session session = sessions.open()) {
            Publisher acme = new Publisher("Acme");
            for (int b = 0; b < 3; b++) {
                Book book = new Book("Book " + b);
                book.publisher = acme;
                Cover cover = new Cover("red");
                cover.book = book;
                book.cover = cover;
                for (int c = 1; c <= 3; c++) {
                    Chapter ch = new Chapter(c);
                    ch.book = book;
                    book.chapters.add(ch);
                }
                session.add(book);
            }
            Folder root = new Folder("root");
            Folder docs = new Folder("docs");
            Folder deep = new Folder("deep");
            docs.parent = root;
            deep.parent = docs;
            session.addAll(List.of(root, docs, deep));
            session.commit();
        }
        return sessions;
    }

    @AllDatabases
    void referencesThatCannotBeProxiedAndOneToOnesLoadWithTheQuery(TestDatabase db) {
        SessionFactory sessions = books(db);
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(sessions.engine())) {
            List<Book> books = session.query(Book.class).all();
            // books, then publishers, covers and chapters (declared selectin), each once for all books
            assertThat(counter.count()).isEqualTo(4);
            for (Book b : books) {
                assertThat(b.publisher.name).isEqualTo("Acme");
                assertThat(b.publisher.getClass()).isEqualTo(Publisher.class);
                assertThat(b.cover.colour).isEqualTo("red");
                assertThat(b.cover.book).isSameAs(b);
                assertThat(b.chapters).extracting(c -> c.number).containsExactly(3, 2, 1); // orderBy number desc
            }
            assertThat(books.get(0).publisher).isSameAs(books.get(1).publisher);
            assertThat(counter.count()).isEqualTo(4);
        }
    }

    @AllDatabases
    void joinedLoadKeepsTheCollectionsOrder(TestDatabase db) {
        SessionFactory sessions = books(db);
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(sessions.engine())) {
            var chapters = new dev.ormkit.mapping.meta.CollectionRelation<>(Book.class, "chapters", Chapter.class);
            List<Book> books = session.query(Book.class).options(joinedLoad(chapters))
                    .limit(2).all();
            assertThat(books).hasSize(2);
            for (Book b : books) {
                assertThat(b.chapters).extracting(c -> c.number).containsExactly(3, 2, 1);
            }
            assertThat(counter.statements().get(0)).containsIgnoringCase("LEFT OUTER JOIN");
        }
    }

    @AllDatabases
    void aSelfReferencingTreeLoadsThroughProxies(TestDatabase db) {
        SessionFactory sessions = books(db);
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(sessions.engine())) {
            Folder deep = session.query(Folder.class).filterBy("name", "deep").one();
            Folder docs = deep.getParent();
            assertThat(counter.count()).isEqualTo(1);          // a proxy so far
            assertThat(docs.getName()).isEqualTo("docs");       // loads docs
            assertThat(docs.getParent().getName()).isEqualTo("root"); // and then root, through its own proxy
            assertThat(docs.getParent().getParent()).isNull();
            assertThat(counter.count()).isEqualTo(3);
            assertThat(docs.children).containsExactly(deep);
        }
    }

    @AllDatabases
    void pagingRowsWithAnEagerCollectionPagesTheParentsInSql(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(6, 3);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            // a query of an entity and a column cannot be wrapped: the joined load becomes a selectin
            List<Row> rows = session.query(User.class, User_.email).options(joinedLoad(User_.posts))
                    .orderBy(User_.username).limit(2).all();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get(0, User.class).getPosts()).hasSize(3);
            assertThat(counter.count()).isEqualTo(2);
            assertThat(counter.statements().get(0)).doesNotContainIgnoringCase("JOIN");

            List<User> page = session.query(User.class).options(selectinLoad(User_.posts))
                    .orderBy(User_.username).offset(4).limit(10).all();
            assertThat(page).extracting(User::getUsername).containsExactly("user04", "user05");
            assertThat(page).allSatisfy(u -> assertThat(u.getPosts()).extracting(Post::getAuthor).containsOnly(u));
            assertThat(session.query(User.class).options(joinedLoad(User_.posts)).stream().count()).isEqualTo(6);
        }
    }
}
