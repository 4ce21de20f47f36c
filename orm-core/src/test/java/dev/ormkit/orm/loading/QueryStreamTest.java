package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.selectinLoad;
import static dev.ormkit.orm.Load.subqueryLoad;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/**
 * {@code Query.stream()} and {@code yieldPer()}: objects loaded batch by batch through the
 * identity map, eager loads per batch, autoflush first, closing early, errors while reading,
 * and what the session keeps of a long stream.
 */
class QueryStreamTest {
    /** Ten users (user00..user09), three posts each. */
    private static BlogData blog(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(10, 3);
        return data;
    }

    @AllDatabases
    void batchesAreLoadedOnlyAsTheStreamReachesThemWithTheirEagerLoads(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            try (Stream<User> users = session.query(User.class).options(selectinLoad(User_.posts))
                    .orderBy(User_.username).yieldPer(4).stream()) {
                assertThat(users.limit(2).map(User::getUsername)).containsExactly("user00", "user01");
            }
            // the SELECT and the first batch's selectin load; the other batches were never read
            assertThat(counter.count()).isEqualTo(2);
            assertThat(counter.statements().get(1)).containsIgnoringCase("IN (");

        }
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> all;
            try (Stream<User> users = session.query(User.class).options(selectinLoad(User_.posts))
                    .orderBy(User_.username).yieldPer(4).stream()) {
                all = users.toList();
            }
            assertThat(all).extracting(User::getUsername).containsExactly("user00", "user01", "user02", "user03",
                    "user04", "user05", "user06", "user07", "user08", "user09");
            // one SELECT, then one selectin load per batch of 4, 4 and 2 users
            assertThat(counter.count()).isEqualTo(1 + 3);
            assertThat(all).allSatisfy(u -> {
                assertThat(session.inspect(u).unloadedAttributes()).doesNotContain("posts");
                assertThat(u.getPosts()).hasSize(3).allSatisfy(p -> assertThat(p.getAuthor()).isSameAs(u));
            });
            assertThat(counter.count()).as("no lazy load left").isEqualTo(4);
        }
    }

    @AllDatabases
    void joinedCollectionsAndSubqueryLoadsRunPerBatchReferencesStayJoined(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users;
            try (Stream<User> stream = session.query(User.class).options(joinedLoad(User_.posts))
                    .orderBy(User_.username).yieldPer(4).stream()) {
                users = stream.toList();
            }
            assertThat(users).hasSize(10).allSatisfy(u -> assertThat(u.getPosts()).hasSize(3));
            assertThat(counter.statements().get(0)).as("a collection's rows could straddle two batches")
                    .doesNotContainIgnoringCase("JOIN");
            assertThat(counter.count()).isEqualTo(1 + 3);
        }
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users;
            try (Stream<User> stream = session.query(User.class).options(subqueryLoad(User_.posts))
                    .orderBy(User_.username).yieldPer(5).stream()) {
                users = stream.toList();
            }
            assertThat(users).hasSize(10).allSatisfy(u -> assertThat(u.getPosts()).hasSize(3));
            assertThat(counter.count()).isEqualTo(1 + 2);
            assertThat(counter.statements().get(1)).as("selectin per batch, not the whole query again")
                    .containsIgnoringCase("IN (");
        }
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<Post> posts;
            try (Stream<Post> stream = session.query(Post.class).options(joinedLoad(Post_.author)).yieldPer(7).stream()) {
                posts = stream.toList();
            }
            assertThat(posts).hasSize(30);
            assertThat(counter.count()).isEqualTo(1);
            assertThat(counter.statements().get(0)).containsIgnoringCase("JOIN");
            assertThat(posts).allSatisfy(p -> assertThat(p.getAuthor().getPosts()).contains(p));
        }
    }

    @AllDatabases
    void objectsGoThroughTheIdentityMapAndTheSessionAutoflushesFirst(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            User known = session.query(User.class).filterBy("username", "user03").one();
            User added = BlogData.user("user10");
            session.add(added);
            known.setEmail("changed@example.com");
            counter.reset();
            List<User> users;
            try (Stream<User> stream = session.query(User.class).orderBy(User_.username).yieldPer(3).stream()) {
                users = stream.toList();
            }
            assertThat(counter.statements()).as("the autoflush comes first").hasSizeGreaterThan(2)
                    .anySatisfy(sql -> assertThat(sql).startsWith("INSERT"))
                    .anySatisfy(sql -> assertThat(sql).startsWith("UPDATE"));
            assertThat(counter.statements().get((int) counter.count() - 1)).startsWith("SELECT");
            assertThat(users).hasSize(11).contains(added, known);
            assertThat(users.get(3)).isSameAs(known);
            assertThat(session.query(User.class).filterBy("email", "changed@example.com").one()).isSameAs(known);
            List<Row> rows;
            try (Stream<Row> stream = session.query(User.class, User_.email).orderBy(User_.username).yieldPer(4).stream()) {
                rows = stream.toList();
            }
            assertThat(rows).hasSize(11);
            assertThat(rows.get(3).get(0, User.class)).isSameAs(known);
            assertThat(rows.get(3).get(1, String.class)).isEqualTo("changed@example.com");
        }
    }

    @AllDatabases
    void closingEarlyReleasesTheCursorAndCommitEndsAStream(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open()) {
            try (Stream<Post> posts = session.query(Post.class).yieldPer(5).stream()) {
                assertThat(posts.limit(3).toList()).hasSize(3);
                if (db.kind() == DatabaseKind.POSTGRESQL) {
                    assertThat(namedPortals(session)).isEqualTo(1);
                }
            }
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                assertThat(namedPortals(session)).as("closing the stream closed its cursor").isZero();
            }
            // the session's connection goes on: a write and a read in the same transaction
            session.add(BlogData.user("late"));
            assertThat(session.query(User.class).count()).isEqualTo(11);

            Stream<User> users = session.query(User.class).orderBy(User_.username).yieldPer(2).stream();
            Iterator<User> it = users.iterator();
            assertThat(it.next().getUsername()).isEqualTo("late");
            session.commit();
            assertThatThrownBy(() -> {
                while (it.hasNext()) {
                    it.next();
                }
            }).isInstanceOf(InvalidRequestException.class).hasMessageContaining("committed");
            users.close();
            assertThat(session.query(User.class).count()).isEqualTo(11);
        }
    }

    private static long namedPortals(Session session) {
        return session.connection().execute(text("SELECT count(*) FROM pg_cursors WHERE name <> ''")).scalar(Long.class);
    }

    @AllDatabases
    void anErrorWhileReadingKeepsTheStatementAndClosesTheStream(TestDatabase db) {
        BlogData data = blog(db);
        // no ORDER BY: a sort would compute every row before the first is sent; unsorted, the
        // rows come in the order they were written, each computed as it is read
        String failing = switch (db.kind()) {
            case SQLITE -> "SELECT u.*, abs(:at - u.id - 9223372036854775807 - 1) AS boom FROM users u";
            default -> "SELECT u.*, (SELECT p.id FROM posts p WHERE p.user_id = u.id AND u.id = :at) AS boom"
                    + " FROM users u";
        };
        try (Session session = data.sessions().open()) {
            long at = session.query(User.class).filterBy("username", "user07").one().getId();
            session.expungeAll();
            List<String> seen = new ArrayList<>();
            try (Stream<User> users = session.query(User.class)
                    .fromStatement(text(failing.replace(":at", Long.toString(at)))).yieldPer(2).stream()) {
                assertThatThrownBy(() -> users.forEach(u -> seen.add(u.getUsername())))
                        .isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("AS boom FROM users u");
            }
            assertThat(seen).as("the batches before the failing row arrived").contains("user00", "user01", "user02", "user03")
                    .doesNotContain("user07", "user08");
            session.rollback();
            assertThat(session.query(User.class).count()).isEqualTo(10);
        }
    }

    @AllDatabases
    void expungeEachBatchKeepsTheSessionSmallButNeverDropsChanges(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open()) {
            User before = session.query(User.class).filterBy("username", "user05").one();
            List<User> streamed = new ArrayList<>();
            try (Stream<User> users = session.query(User.class).options(selectinLoad(User_.posts))
                    .orderBy(User_.username).yieldPer(3).expungeEachBatch().stream()) {
                users.forEach(u -> {
                    streamed.add(u);
                    if (u.getUsername().equals("user01")) {
                        u.setEmail("renamed@example.com"); // changed, not flushed: must stay
                    }
                    // the batch being handled is in the session
                    assertThat(session.contains(u)).isTrue();
                    assertThat(session.contains(u.getPosts().get(0))).isTrue();
                });
            }
            assertThat(streamed).hasSize(10);
            User renamed = streamed.get(1);
            User plain = streamed.get(0);
            assertThat(session.contains(before)).as("in the session before the stream").isTrue();
            assertThat(streamed.get(5)).isSameAs(before);
            assertThat(session.contains(renamed)).as("has a change to flush").isTrue();
            assertThat(session.contains(plain)).isFalse();
            assertThat(session.inspect(plain).isDetached()).isTrue();
            assertThat(session.contains(plain.getPosts().get(0))).as("its eager-loaded posts left with it").isFalse();
            assertThat(session.contains(streamed.get(9))).as("the last batch leaves when the stream closes").isFalse();
            session.commit();
        }
        try (Session session = data.sessions().open()) {
            assertThat(session.query(User.class).filterBy("username", "user01").one().getEmail())
                    .isEqualTo("renamed@example.com");
            // without expungeEachBatch, streamed objects stay in the session as any loaded object
            List<User> kept;
            try (Stream<User> users = session.query(User.class).yieldPer(3).stream()) {
                kept = users.toList();
            }
            assertThat(kept).hasSize(10).allSatisfy(u -> assertThat(session.contains(u)).isTrue());
        }
    }

    @AllDatabases
    void yieldPerAppliesToAllAndRefusesNonsense(TestDatabase db) {
        BlogData data = blog(db);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> all = session.query(User.class).options(selectinLoad(User_.posts)).orderBy(User_.username)
                    .yieldPer(4).all();
            assertThat(all).hasSize(10).extracting(User::getUsername).startsWith("user00").endsWith("user09");
            assertThat(counter.count()).isEqualTo(1 + 3);
            assertThat(all.get(9).getPosts()).hasSize(3);
            assertThat(session.query(User.class).yieldPer(3).expungeEachBatch().all())
                    .as("all() holds every object: none is expunged").hasSize(10)
                    .allSatisfy(u -> assertThat(session.contains(u)).isTrue());
            assertThatThrownBy(() -> session.query(User.class).yieldPer(0)).isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("yieldPer");
            assertThat(session.execute(text("SELECT count(*) FROM users"), Map.of()).scalar(Long.class)).isEqualTo(10);
        }
    }
}
