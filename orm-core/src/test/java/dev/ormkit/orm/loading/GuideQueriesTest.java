package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.sql.Sql.and;
import static dev.ormkit.sql.Sql.func;
import static dev.ormkit.sql.Sql.or;
import static dev.ormkit.sql.Sql.orderBy;
import static dev.ormkit.sql.Sql.partitionBy;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.Tag;
import dev.ormkit.model.Tag_;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.ScalarSubquery;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * The guide's "Working with Relationships", "Advanced Queries" and "Raw SQL" sections, snippet
 * by snippet, the Java way.
 */
class GuideQueriesTest {

    /** alice with two posts (one tagged python and tutorial), bob with one, carol@gmail.com with none. */
    private static BlogData blog(TestDatabase db) {
        BlogData data = new BlogData(db);
        try (Session session = data.sessions().open()) {
            User alice = BlogData.user("alice");
            Post post1 = new Post("First Post", "Hello World!");
            Post post2 = new Post("Second Post", "Learning SQLAlchemy");
            post1.setAuthor(alice);                     // author=user, as in the guide
            post2.setAuthor(alice);
            alice.getPosts().add(post1);
            alice.getPosts().add(post2);
            User bob = BlogData.user("bob");
            bob.addPost(new Post("Bob's Post", "Hi"));
            User carol = new User("carol", "carol@gmail.com", "x");
            carol.setIsActive(false);
            session.addAll(List.of(alice, bob, carol));  // also adds the posts (cascade)
            session.commit();

            Post tips = new Post("Python Tips", "...");
            tips.getTags().add(new Tag("python"));
            tips.getTags().add(new Tag("tutorial"));
            tips.setAuthor(session.query(User.class).filterBy("username", "bob").one());
            session.add(tips);
            session.commit();
        }
        return data;
    }

    @AllDatabases
    void workingWithRelationships(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            User user = session.query(User.class).filterBy("username", "alice").first();
            assertThat(user.getPosts()).extracting(Post::getTitle)       // triggers another query
                    .containsExactlyInAnyOrder("First Post", "Second Post");
            assertThat(counter.count()).isEqualTo(2);
        }
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            User user = session.query(User.class).options(joinedLoad(User_.posts)).filterBy("username", "alice").first();
            assertThat(user.getPosts()).hasSize(2);                        // no additional query
            assertThat(counter.count()).isEqualTo(1);

            Post post = session.query(Post.class).filterBy("title", "Bob's Post").first();
            assertThat(post.getAuthor().getUsername()).isEqualTo("bob");  // access user from post

            int postCount = user.getPosts().size();
            Long better = session.query(func.count(Post_.id)).filter(Post_.userId.eq(user.getId())).scalar();
            assertThat(better).isEqualTo(postCount).isEqualTo(2L);

            List<Post> posts = session.query(Post.class).join(Post_.tags).filter(Tag_.name.eq("python")).all();
            assertThat(posts).extracting(Post::getTitle).containsExactly("Python Tips");
        }
    }

    @AllDatabases
    void advancedQueries(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open()) {
            List<Row> results = session.query(User.class, Post.class).join(Post.class).all();
            assertThat(results).hasSize(4);
            for (Row row : results) {
                User user = row.get(0, User.class);
                Post post = row.get(1, Post.class);
                assertThat(post.getAuthor()).isSameAs(user);
            }
            assertThat(results.get(0).get("User")).isInstanceOf(User.class);

            List<User> left = session.query(User.class).outerJoin(Post.class).all();
            assertThat(left).extracting(User::getUsername).containsExactlyInAnyOrder("alice", "bob", "carol");

            List<Row> postCounts = session.query(User_.username, func.count(Post_.id).label("post_count"))
                    .join(Post.class).groupBy(User_.username).orderBy(User_.username).all();
            assertThat(postCounts).extracting(r -> r.get("username") + "=" + ((Number) r.get("post_count")).intValue())
                    .containsExactly("alice=2", "bob=2");

            List<User> active = session.query(User.class).filter(and(User_.isActive.eq(true),
                    User_.createdAt.gt(LocalDateTime.parse("2024-01-01T00:00")))).all();
            assertThat(active).extracting(User::getUsername).containsExactlyInAnyOrder("alice", "bob");

            List<User> either = session.query(User.class)
                    .filter(or(User_.username.eq("alice"), User_.email.like("%@gmail.com"))).all();
            assertThat(either).extracting(User::getUsername).containsExactlyInAnyOrder("alice", "carol");

            ScalarSubquery<Long> subq = select(func.count(Post_.id)).where(Post_.userId.eq(User_.id)).scalarSubquery();
            List<Row> usersWithCount = session.query(User.class, subq.label("post_count")).orderBy(User_.username).all();
            assertThat(usersWithCount).extracting(r -> r.get(0, User.class).getUsername() + ":"
                    + ((Number) r.get("post_count")).intValue()).containsExactly("alice:2", "bob:2", "carol:0");

            var query = session.query(Post_.title, func.rowNumber().over(partitionBy(Post_.userId),
                    orderBy(Post_.createdAt.desc(), Post_.id.desc())).label("post_rank"));
            List<Row> ranked = query.all();
            assertThat(ranked).hasSize(4);
            assertThat(ranked).filteredOn(r -> ((Number) r.get("post_rank")).intValue() == 1).hasSize(2);

            List<Row> usernames = session.query(User_.username).all();
            assertThat(usernames).extracting(r -> r.get(0)).containsExactlyInAnyOrder("alice", "bob", "carol");
            assertThat(session.query(User_.email).distinct().all()).hasSize(3);
            assertThat(session.query(User.class).count()).isEqualTo(3);
            List<User> hasPosts = session.query(User.class).filter(User_.posts.any()).all();
            assertThat(hasPosts).extracting(User::getUsername).containsExactlyInAnyOrder("alice", "bob");
            assertThat(session.query(User.class).filter(User_.posts.any(Post_.title.like("%Tips%"))).all())
                    .extracting(User::getUsername).containsExactly("bob");
            assertThat(session.query(Post.class).filter(Post_.author.has(User_.username.eq("alice"))).count())
                    .isEqualTo(2);
            assertThat(session.query(Post.class).filter(Post_.tags.any(Tag_.name.eq("tutorial"))).one().getTitle())
                    .isEqualTo("Python Tips");

            List<User> viaSelect = session.execute(select(User.class).where(User_.username.eq("alice"))).scalars(User.class).all();
            assertThat(viaSelect).containsExactly(session.query(User.class).filterBy("username", "alice").one());
            assertThat(session.scalars(select(User.class).where(User_.isActive.eq(false)), User.class).all())
                    .extracting(User::getUsername).containsExactly("carol");
            Long n = session.scalar(select(func.count(Post_.id)));
            assertThat(n).isEqualTo(4L);
            assertThat(session.query(User_.username).join(Post.class).groupBy(User_.username)
                    .having(func.count(Post_.id).gt(1L)).count()).isEqualTo(2);
        }
    }

    @AllDatabases
    void rawSql(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open()) {
            List<Row> users = session.execute(text("SELECT * FROM users WHERE username = :username"),
                    Map.of("username", "alice")).all();
            assertThat(users).singleElement().satisfies(r -> assertThat(r.get("email")).isEqualTo("alice@example.com"));

            User alice = session.query(User.class).filterBy("username", "alice").one();
            String trueLiteral = db.kind().name().equals("SQLITE") ? "1" : "TRUE";
            List<User> active = session.query(User.class)
                    .fromStatement(text("SELECT * FROM users WHERE is_active = " + trueLiteral)).all();
            assertThat(active).hasSize(2).contains(alice);        // as entities, through the identity map

            session.execute(text("INSERT INTO users (username, email, password_hash, is_active) "
                    + "VALUES (:user, :email, :hash, :active)"),
                    Map.of("user", "dave", "email", "dave@example.com", "hash", "x", "active", true));
            session.commit();
            assertThat(session.query(User.class).filterBy("username", "dave").one().getEmail()).isEqualTo("dave@example.com");

            List<Long> ids = session.query(User_.id).filter(User_.username.in("alice", "bob")).all().stream()
                    .map(r -> ((Number) r.get(0)).longValue()).toList();
            List<Row> posts = session.execute(text("SELECT * FROM posts WHERE user_id IN :ids"), Map.of("ids", ids)).all();
            assertThat(posts).hasSize(4);
        }
        try (Connection conn = data.engine.connect()) {
            List<Row> rows = conn.execute(select(User.class).where(User_.username.eq("alice"))).all();
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("username")).isEqualTo("alice"));
        }
    }
}
