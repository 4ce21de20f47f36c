package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.sql.Sql;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Rows read one after another: an object whose key columns repeat the previous row's is that
 * row's object, and one that comes back after others, or after its row changed, is still the
 * session's one object for its key.
 */
class RowRunsTest {

    /** Users A, B and C; A's posts are titled t1 and t3, B's t2 and t4; C has none. */
    private static BlogData interleaved(TestDatabase db) {
        BlogData data = new BlogData(db);
        try (Session session = data.sessions().open()) {
            User a = BlogData.user("ann");
            User b = BlogData.user("bob");
            a.addPost(new Post("t1", "c"));
            b.addPost(new Post("t2", "c"));
            a.addPost(new Post("t3", "c"));
            b.addPost(new Post("t4", "c"));
            session.addAll(List.of(a, b, BlogData.user("cyd")));
            session.commit();
        }
        return data;
    }

    private static List<String> titles(User u) {
        List<String> out = new ArrayList<>();
        for (Post p : u.getPosts()) {
            out.add(p.getTitle());
        }
        return out;
    }

    @AllDatabases
    void aJoinedParentThatComesBackAfterAnotherGetsAllItsMembersOnce(TestDatabase db) {
        BlogData data = interleaved(db);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            // ordered by the joined posts' titles: ann, bob, ann, bob, then cyd without posts
            List<User> users = session.query(User.class).options(joinedLoad(User_.posts))
                    .orderBy(Sql.literalColumn("posts_1.title")).all();
            assertThat(users).extracting(User::getUsername).containsExactlyInAnyOrder("ann", "bob", "cyd");
            User ann = users.stream().filter(u -> u.getUsername().equals("ann")).findFirst().orElseThrow();
            User bob = users.stream().filter(u -> u.getUsername().equals("bob")).findFirst().orElseThrow();
            User cyd = users.stream().filter(u -> u.getUsername().equals("cyd")).findFirst().orElseThrow();
            assertThat(titles(ann)).containsExactly("t1", "t3");
            assertThat(titles(bob)).containsExactly("t2", "t4");
            assertThat(cyd.getPosts()).isEmpty();
            assertThat(ann.getPosts()).allSatisfy(p -> assertThat(p.getAuthor()).isSameAs(ann));
            assertThat(counter.count()).as("the collections came with the query").isEqualTo(1);
        }
    }

    @AllDatabases
    void aJoinedReferenceAlternatingBetweenRowsIsOneObjectPerKey(TestDatabase db) {
        BlogData data = interleaved(db);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<Post> posts = session.query(Post.class).options(joinedLoad(Post_.author)).orderBy(Post_.title).all();
            assertThat(posts).extracting(Post::getTitle).containsExactly("t1", "t2", "t3", "t4");
            assertThat(posts.get(0).getAuthor()).isSameAs(posts.get(2).getAuthor()).isNotSameAs(posts.get(1).getAuthor());
            assertThat(posts.get(1).getAuthor()).isSameAs(posts.get(3).getAuthor());
            assertThat(posts.get(0).getAuthor().getUsername()).isEqualTo("ann");
            assertThat(counter.count()).isEqualTo(1);
        }
    }

    @AllDatabases
    void repeatedRowsOfOneEntityAreTheSameObjectAndTheQueryListsItOnce(TestDatabase db) {
        BlogData data = interleaved(db);
        try (Session session = data.sessions().open()) {
            // a user row per post: ann, ann, bob, bob
            var select = Sql.select(User.class).join(Sql.tableOf(Post.class), Post_.userId.eq(User_.id))
                    .orderBy(User_.username, Post_.title);
            List<Object> perRow = session.execute(select).scalars().all();
            assertThat(perRow).hasSize(4);
            assertThat(perRow.get(0)).isSameAs(perRow.get(1));
            assertThat(perRow.get(2)).isSameAs(perRow.get(3)).isNotSameAs(perRow.get(0));
            List<Row> rows = session.execute(select).all();
            assertThat(rows.get(0).get(0)).isSameAs(perRow.get(0));
            assertThat(rows.get(0).keys()).containsExactly("User");
            List<User> once = session.query(User.class).join(Post.class, Post_.userId.eq(User_.id))
                    .orderBy(User_.username, Post_.title).all();
            assertThat(once).containsExactly((User) perRow.get(0), (User) perRow.get(2));
        }
    }

    @AllDatabases
    void anExpiredParentRepeatedOnJoinedRowsIsReloadedFromItsRow(TestDatabase db) {
        BlogData data = interleaved(db);
        try (Session session = data.sessions().open()) {
            User ann = session.query(User.class).filterBy("username", "ann").one();
            session.execute(Sql.text("UPDATE users SET email = 'new@example.com' WHERE username = 'ann'"));
            session.expire(ann);
            List<User> users = session.query(User.class).options(joinedLoad(User_.posts)).orderBy(User_.username).all();
            assertThat(users.get(0)).isSameAs(ann);
            assertThat(ann.getEmail()).isEqualTo("new@example.com");
            assertThat(titles(ann)).containsExactly("t1", "t3");
        }
    }

    @AllDatabases
    void aStreamOfBatchesLeavingTheSessionNeverHandsOutAnObjectOfAnEarlierBatch(TestDatabase db) {
        BlogData data = interleaved(db);
        try (Session session = data.sessions().open()) {
            List<Post> seen = new ArrayList<>();
            // ordered by author: t1 and t3 share ann but land in different batches of one
            try (Stream<Post> posts = session.query(Post.class).options(joinedLoad(Post_.author))
                    .orderBy(Post_.userId, Post_.title).yieldPer(1).expungeEachBatch().stream()) {
                posts.forEach(p -> {
                    assertThat(session.contains(p)).isTrue();
                    assertThat(session.contains(p.getAuthor())).as("the author of %s", p.getTitle()).isTrue();
                    seen.add(p);
                });
            }
            assertThat(seen).extracting(Post::getTitle).containsExactlyInAnyOrder("t1", "t2", "t3", "t4");
        }
    }

    /** A row keyed by two columns. */
    @Table("run_stock")
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

    /** Two rows to multiply the stock rows by. */
    @Table("run_pair")
    static class Pair {
        @Column(primaryKey = true) Long id;

        Pair() {
        }

        Pair(long id) {
            this.id = id;
        }
    }

    @AllDatabases
    void compositeKeysSharingTheirFirstColumnAreDifferentObjects(TestDatabase db) {
        MetaData md = MetaData.of(Stock.class, Pair.class);
        md.createAll(db.engine());
        SessionFactory sessions = SessionFactory.builder(db.engine()).metadata(md).build();
        try (Session session = sessions.open()) {
            session.addAll(List.of(new Stock("north", "a1", 3), new Stock("north", "b2", 5), new Stock("south", "b2", 7),
                    new Pair(1), new Pair(2)));
            session.commit();
        }
        try (Session session = sessions.open()) {
            var stock = Sql.tableOf(Stock.class);
            var select = Sql.select(Stock.class).selectFrom(stock, Sql.tableOf(Pair.class))
                    .orderBy(stock.c("warehouse"), stock.c("sku"));
            List<Object> perRow = session.execute(select).scalars().all();
            assertThat(perRow).hasSize(6);
            for (int i = 0; i < 6; i += 2) {
                assertThat(perRow.get(i)).isSameAs(perRow.get(i + 1));
            }
            Stock northA1 = (Stock) perRow.get(0);
            Stock northB2 = (Stock) perRow.get(2);
            Stock southB2 = (Stock) perRow.get(4);
            assertThat(List.of(northA1.quantity, northB2.quantity, southB2.quantity)).containsExactly(3, 5, 7);
            assertThat(session.get(Stock.class, new Object[] {"north", "b2"})).isSameAs(northB2);
        }
    }
}
