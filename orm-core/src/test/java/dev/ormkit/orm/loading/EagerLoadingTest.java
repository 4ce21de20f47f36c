package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.selectinLoad;
import static dev.ormkit.orm.Load.subqueryLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.Tag_;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/** joined, selectin and subquery loading, with the exact number of statements each costs. */
class EagerLoadingTest {

    private static void assertAllLoaded(List<User> users, int postsEach) {
        for (User u : users) {
            assertThat(u.getPosts()).hasSize(postsEach);
            for (Post p : u.getPosts()) {
                assertThat(p.getAuthor()).isSameAs(u);
            }
        }
    }

    @AllDatabases
    void joinedLoadIsOneStatementWithUniqueParents(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(5, 3);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).options(joinedLoad(User_.posts)).orderBy(User_.username).all();
            assertThat(users).hasSize(5).doesNotHaveDuplicates();
            assertAllLoaded(users, 3);
            assertThat(counter.count()).isEqualTo(1);
            assertThat(counter.statements().get(0)).containsIgnoringCase("LEFT OUTER JOIN");
        }
    }

    @AllDatabases
    void theGuidesJoinedLoadOfOneUser(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(3, 2);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            User user = session.query(User.class).options(joinedLoad(User_.posts)).filterBy("username", "user01").first();
            assertThat(user.getPosts()).extracting(Post::getTitle).containsExactlyInAnyOrder("title 1-0", "title 1-1");
            assertThat(counter.count()).isEqualTo(1); // "No additional query!", and first() did not cut the posts
        }
    }

    @AllDatabases
    void selectinLoadIsTwoStatements(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(50, 2);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).options(selectinLoad(User_.posts)).all();
            assertThat(users).hasSize(50);
            assertAllLoaded(users, 2);
            assertThat(counter.count()).isEqualTo(2);
            assertThat(counter.statements().get(1)).containsIgnoringCase(" IN (");
        }
    }

    @AllDatabases
    void selectinLoadSplitsKeysInChunksOfTheDialectsSize(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(501, 1);
        // H2 tests each row against the whole IN list: 50 keys a statement there, 500 elsewhere
        int perStatement = db.kind() == DatabaseKind.H2 ? 50 : 500;
        assertThat(data.engine.dialect().keysPerSelectIn()).isEqualTo(perStatement);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).options(selectinLoad(User_.posts)).all();
            assertThat(users).hasSize(501);
            assertAllLoaded(users, 1);
            assertThat(counter.count()).isEqualTo(1 + (501 + perStatement - 1) / perStatement); // 11 on H2, 3 elsewhere
            assertThat(counter.statements().subList(1, counter.statements().size())).allSatisfy(sql -> assertThat(sql).contains(" IN ("));
        }
    }

    @AllDatabases
    void subqueryLoadRerunsTheQueryAsASubquery(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(6, 2);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).filter(User_.username.like("user0%"))
                    .options(subqueryLoad(User_.posts)).all();
            assertAllLoaded(users, 2);
            assertThat(counter.count()).isEqualTo(2);
            assertThat(counter.statements().get(1)).contains("anon_1").doesNotContainIgnoringCase(" IN (");
        }
    }

    @AllDatabases
    void chainedOptionsLoadAlongThePath(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(4, 2);
        try (Session session = data.sessions().open()) {
            Post post = session.query(Post.class).first();
            post.getTags().add(new dev.ormkit.model.Tag("java"));
            session.commit();
        }
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class)
                    .options(selectinLoad(User_.posts).joinedLoad(Post_.tags)).all();
            long tagged = users.stream().flatMap(u -> u.getPosts().stream()).filter(p -> !p.getTags().isEmpty()).count();
            assertThat(tagged).isEqualTo(1);
            assertThat(counter.count()).isEqualTo(2);
        }
        assertThatThrownBy(() -> selectinLoad(User_.posts).joinedLoad(Tag_.posts))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("Tag.posts");
        try (Session session = data.sessions().open()) {
            assertThatThrownBy(() -> session.query(Post.class).options(joinedLoad(User_.posts)))
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("User.posts");
        }
    }

    @AllDatabases
    void limitWithJoinedLoadingLimitsTheParentsInSql(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(10, 4);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> page = session.query(User.class).options(joinedLoad(User_.posts))
                    .orderBy(User_.username).limit(3).offset(2).all();
            assertThat(page).extracting(User::getUsername).containsExactly("user02", "user03", "user04");
            assertAllLoaded(page, 4);
            assertThat(counter.count()).isEqualTo(1);
            String sql = counter.statements().get(0);
            assertThat(sql).contains("anon_1").containsIgnoringCase("LEFT OUTER JOIN");
            // the limit is inside the subquery, before the join
            assertThat(sql.toUpperCase().indexOf("LIMIT")).isLessThan(sql.toUpperCase().indexOf("LEFT OUTER JOIN"));

            User first = session.query(User.class).options(joinedLoad(User_.posts)).orderBy(User_.username.desc()).first();
            assertThat(first.getUsername()).isEqualTo("user09");
            assertThat(first.getPosts()).hasSize(4);
        }
    }

    @AllDatabases
    void joinedManyToOneAndDeclaredDefaults(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(3, 2);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<Post> posts = session.query(Post.class).options(joinedLoad(Post_.author)).all();
            assertThat(posts).hasSize(6);
            assertThat(posts).allSatisfy(p -> assertThat(p.getAuthor().getUsername()).startsWith("user"));
            assertThat(counter.count()).isEqualTo(1);
        }
    }
}
