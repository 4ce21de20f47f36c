package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.lazyLoad;
import static dev.ormkit.sql.Sql.func;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.Tag_;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** The query API around the guide's snippets: joins, rows, aggregates, declared strategies. */
class QueryApiTest {

    @AllDatabases
    void joinsWithExplicitOnAlongRelationsAndOuter(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(3, 2);
        try (Session session = data.sessions().open()) {
            session.add(BlogData.user("lonely"));
            session.commit();
            List<User> withPosts = session.query(User.class)
                    .join(Post.class, Post_.userId.eq(User_.id)).filter(Post_.title.like("title 1-%")).all();
            assertThat(withPosts).extracting(User::getUsername).containsExactly("user01"); // unique, not one per post
            List<Row> pairs = session.query(User.class, Post.class).outerJoin(User_.posts)
                    .orderBy(User_.username, Post_.title).all();
            assertThat(pairs).hasSize(7);
            assertThat(pairs.get(0).get(1)).isNull();                 // lonely sorts first and has no post
            assertThat(session.query(Post.class).outerJoin(Post_.tags).filter(Tag_.name.isNull()).count()).isEqualTo(6);
            assertThat(session.query(User_.username, func.count(Post_.id).label("n")).outerJoin(Post.class)
                    .groupBy(User_.username).having(func.count(Post_.id).eq(0L)).one().get("username"))
                    .isEqualTo("lonely");
            assertThatThrownBy(() -> session.query(User_.username).oneOrNone()).isInstanceOf(MultipleResultsException.class);
            assertThat(session.query(User_.username).filter(User_.username.eq("user02")).scalar().toString())
                    .isEqualTo("user02");
            assertThat(session.query(User_.username).filter(User_.username.eq("nobody")).exists()).isFalse();
            assertThat(session.query(User.class).orderBy(User_.username).offset(1).limit(2).stream().map(User::getUsername))
                    .containsExactly("user00", "user01");
            assertThatThrownBy(() -> session.query(User_.username).filterBy("username", "x"))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("filter()");
            assertThatThrownBy(() -> session.query(User_.username).update(java.util.Map.of("username", "x")))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @AllDatabases
    void identityIsKeptAcrossQueriesAndLoaders(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(2, 2);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<Post> posts = session.query(Post.class).orderBy(Post_.id).all();
            User author = posts.get(0).getAuthor();                         // a proxy, in the identity map
            User same = session.query(User.class).filterBy("username", "user00").one(); // loads it in place
            assertThat(same).isSameAs(author);
            long before = counter.count();
            assertThat(author.getEmail()).isEqualTo("user00@example.com");  // already loaded by the query
            assertThat(counter.count()).isEqualTo(before);
            List<User> joined = session.query(User.class).options(joinedLoad(User_.posts)).all();
            assertThat(joined).contains(same);
            assertThat(same.getPosts()).containsExactlyInAnyOrder(posts.get(0), posts.get(1));
        }
    }

    /** Declared strategies: joined and raise by default, a sorted set loaded with the query. */
    @Table("shelves")
    static class Shelf {
        @Column(primaryKey = true) Long id;
        @Column(length = 20) String name;
        @Relationship(backPopulates = "shelf", lazy = Lazy.JOINED) List<Jar> jars;
        @Relationship(backPopulates = "shelf", lazy = Lazy.RAISE) List<Label> labels;
        @Relationship(backPopulates = "shelf2") SortedSet<Lid> lids = new TreeSet<>();

        Shelf() {
        }
    }

    @Table("jars")
    static class Jar {
        @Column(primaryKey = true) Long id;
        @Column @ForeignKey("shelves.id") Long shelfId;
        @Relationship(backPopulates = "jars") Shelf shelf;
    }

    @Table("labels")
    static class Label {
        @Column(primaryKey = true) Long id;
        @Column @ForeignKey("shelves.id") Long shelfId;
        @Relationship(backPopulates = "labels") Shelf shelf;
    }

    @Table("lids")
    static class Lid implements Comparable<Lid> {
        @Column(primaryKey = true) Long id;
        @Column(length = 10) String code;
        @Column @ForeignKey("shelves.id") Long shelfId;
        @Relationship(backPopulates = "lids") Shelf shelf2;

        @Override
        public int compareTo(Lid o) {
            return code.compareTo(o.code);
        }
    }

    @AllDatabases
    void declaredStrategiesApplyWithoutOptions(TestDatabase db) {
        MetaData md = MetaData.of(Shelf.class, Jar.class, Label.class, Lid.class);
        dev.ormkit.engine.Engine engine = db.engine();
        md.createAll(engine);
        SessionFactory sessions = SessionFactory.builder(engine).metadata(md).nPlusOne(NPlusOneMode.OFF).build();
        try (Session session = sessions.open()) {
            Shelf shelf = new Shelf();
            shelf.name = "top";
            Jar jar = new Jar();
            jar.shelf = shelf;
            Label label = new Label();
            label.shelf = shelf;
            Lid lid = new Lid();
            lid.shelf2 = shelf;
            lid.code = "a";
            session.addAll(List.of(shelf, jar, label, lid));
            session.commit();
        }
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(engine)) {
            Shelf shelf = session.query(Shelf.class).one();
            assertThat(shelf.jars).hasSize(1);                   // joined by default
            assertThat(shelf.lids).hasSize(1);                   // a SortedSet cannot be lazy: loaded with the query
            assertThat(counter.count()).isEqualTo(2);
            assertThatThrownBy(() -> shelf.labels.size()).hasMessageContaining("Shelf.labels");
            Shelf again = session.query(Shelf.class).options(lazyLoad(
                    new dev.ormkit.mapping.meta.CollectionRelation<>(Shelf.class, "labels", Label.class))).one();
            assertThat(again).isSameAs(shelf);
        }
    }
}
