package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.lazyLoad;
import static dev.ormkit.orm.Load.noLoad;
import static dev.ormkit.orm.Load.raiseLoad;
import static dev.ormkit.orm.Load.selectinLoad;
import static dev.ormkit.orm.Load.subqueryLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import dev.ormkit.event.Origin;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.LazyLoadRaisedException;
import dev.ormkit.model.Post;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.LoaderOption;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Each loader strategy, chosen per relationship by a query's options: how many statements a
 * query and the walk over its objects run, and that every object gets its own related rows.
 * Also that lazy loads re-run one prepared statement per relationship (and batch size).
 */
class LoaderStrategyTest {
    private static final int USERS = 3;
    private static final int POSTS_EACH = 2;

    /** Queries the users with {@code option}, walks each one's posts; returns the statements run. */
    private static long walk(BlogData data, LoaderOption option, String expectedSqlFragment) {
        try (Session session = data.sessions().open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).options(option).orderBy(User_.username).all();
            int posts = 0;
            for (User u : users) {
                for (Post p : u.getPosts()) {
                    assertThat(p.getAuthor()).isSameAs(u);
                    assertThat(p.getTitle()).startsWith("title " + Integer.parseInt(u.getUsername().substring(4)) + "-");
                    posts++;
                }
            }
            assertThat(posts).isEqualTo(USERS * POSTS_EACH);
            assertThat(String.join("\n", counter.statements())).containsIgnoringCase(expectedSqlFragment);
            return counter.count();
        }
    }

    @AllDatabases
    void eachStrategyRunsItsOwnNumberOfStatements(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(USERS, POSTS_EACH);
        assertThat(walk(data, lazyLoad(User_.posts), "FROM posts")).as("lazy: one per user").isEqualTo(1 + USERS);
        assertThat(walk(data, joinedLoad(User_.posts), "LEFT OUTER JOIN")).as("joined: one").isEqualTo(1);
        assertThat(walk(data, selectinLoad(User_.posts), " IN (")).as("selectin: one more").isEqualTo(2);
        assertThat(walk(data, subqueryLoad(User_.posts), "anon_1")).as("subquery: one more").isEqualTo(2);
    }

    @AllDatabases
    void raiseAndNoLoadAreChosenPerRelationshipNextToAnEagerOne(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(USERS, POSTS_EACH);
        try (Session session = data.sessions().open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class)
                    .options(joinedLoad(User_.posts), raiseLoad(User_.comments)).all();
            assertThat(users).allSatisfy(u -> assertThat(u.getPosts()).hasSize(POSTS_EACH));
            assertThatThrownBy(() -> users.get(0).getComments().size())
                    .isInstanceOf(LazyLoadRaisedException.class).hasMessageContaining("User.comments");
            assertThat(counter.count()).isEqualTo(1);
        }
        try (Session session = data.sessions().open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).options(noLoad(User_.posts), selectinLoad(User_.comments)).all();
            assertThat(users).allSatisfy(u -> assertThat(u.getPosts()).isEmpty());
            assertThat(counter.count()).as("the query and the selectin load of comments; posts never load").isEqualTo(2);
        }
    }

    @AllDatabases
    void aLazyLoadCompilesItsSelectOnceAndRunsItAgainForEachObject(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(5, POSTS_EACH);
        SessionFactory sessions = data.sessions();
        try (Session session = sessions.open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).orderBy(User_.username).all();
            users.get(0).getPosts().size(); // the first lazy load compiles
            long compiled = data.engine.statementCacheStatistics().misses();
            for (User u : users) {
                assertThat(u.getPosts()).hasSize(POSTS_EACH).allSatisfy(p -> assertThat(p.getAuthor()).isSameAs(u));
            }
            assertThat(data.engine.statementCacheStatistics().misses()).as("no compilation after the first").isEqualTo(compiled);
            assertThat(counter.count(Origin.LAZY_LOAD)).isEqualTo(5);
        }
    }

    @AllDatabases
    void batchLazyLoadsPadAShortLastBatchIntoTheSameStatement(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(7, POSTS_EACH);
        SessionFactory sessions = data.builder().lazyLoadBatchSize(4).build();
        try (Session session = sessions.open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).orderBy(User_.username).all();
            users.get(0).getPosts().size(); // users 0-3
            long compiled = data.engine.statementCacheStatistics().misses();
            for (User u : users) {              // users 4-6: three keys, padded to four
                assertThat(u.getPosts()).hasSize(POSTS_EACH).allSatisfy(p -> assertThat(p.getAuthor()).isSameAs(u));
            }
            assertThat(counter.count(Origin.LAZY_LOAD)).isEqualTo(2);
            assertThat(data.engine.statementCacheStatistics().misses()).isEqualTo(compiled);
        }
    }

    @AllDatabases
    void batchedProxiesLoadTheirRowsByKeysInOneStatement(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(5, 1);
        SessionFactory sessions = data.builder().lazyLoadBatchSize(10).build();
        try (Session session = sessions.open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            List<Post> posts = session.query(Post.class).all();
            assertThat(posts).hasSize(5);
            for (Post p : posts) {
                assertThat(p.getAuthor().getUsername()).isEqualTo("user0" + p.getTitle().charAt(6));
            }
            assertThat(counter.count(Origin.LAZY_LOAD)).as("the five authors' rows at once").isEqualTo(1);
        }
    }
}
