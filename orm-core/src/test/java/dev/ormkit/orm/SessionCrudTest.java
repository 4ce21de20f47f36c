package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.exc.NoResultException;
import dev.ormkit.model.Post;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** The guide's CRUD section, the Java way, on every database. */
class SessionCrudTest {

    @AllDatabases
    void addCommitAndQueryTheGuidesWay(TestDatabase db) {
        Blog blog = new Blog(db);
        User alice = Blog.user("alice");
        User bob = Blog.user("bob");
        User charlie = new User("charlie", "charlie@gmail.com", "x");
        try (Session session = blog.sessions.open()) {
            session.add(alice);
            assertThat(session.inspect(alice).status()).isEqualTo(ObjectStatus.PENDING);
            session.addAll(List.of(bob, charlie));
            session.commit();
            assertThat(alice.getId()).isNotNull();
            assertThat(List.of(alice.getId(), bob.getId(), charlie.getId())).doesNotHaveDuplicates();
            assertThat(alice.getIsActive()).isTrue();            // defaultValue written at INSERT
            assertThat(alice.getCreatedAt()).isNotNull();        // insertDefault = Now
            assertThat(session.inspect(alice).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.inspect(alice).isExpired()).isTrue();

            assertThat(session.query(User.class).all()).containsExactlyInAnyOrder(alice, bob, charlie);
            assertThat(session.query(User.class).orderBy(User_.id).first()).isSameAs(alice);
            try (StatementCounter counter = StatementCounter.on(blog.engine)) {
                assertThat(session.get(User.class, alice.getId())).isSameAs(alice); // identity map, no SQL
                assertThat(counter.count()).isZero();
            }
            assertThat(session.query(User.class).filter(User_.isActive.eq(true)).all()).hasSize(3);
            assertThat(session.query(User.class).filter(User_.username.eq("alice"), User_.isActive.eq(true)).first())
                    .isSameAs(alice);
            assertThat(session.query(User.class).filterBy("username", "bob").first()).isSameAs(bob);
            assertThat(session.query(User.class).filter(User_.email.like("%@gmail.com")).all()).containsExactly(charlie);
            assertThat(session.query(User.class).filter(User_.id.in(alice.getId(), bob.getId(), -1L)).all())
                    .containsExactlyInAnyOrder(alice, bob);
            assertThat(session.query(User.class).orderBy(User_.username.desc()).all())
                    .containsExactly(charlie, bob, alice);
            assertThat(session.query(User.class).orderBy(User_.username).limit(1).offset(1).all()).containsExactly(bob);
            assertThat(session.query(User.class).count()).isEqualTo(3);
            assertThat(session.query(User.class).filterBy("username", "nobody").exists()).isFalse();
            assertThat(session.query(User.class).filterBy("username", "alice").exists()).isTrue();
            assertThat(session.query(User.class).filterBy("username", "alice").one()).isSameAs(alice);
            assertThat(session.query(User.class).filterBy("username", "nobody").oneOrNone()).isNull();
            assertThatThrownBy(() -> session.query(User.class).filterBy("username", "nobody").one())
                    .isInstanceOf(NoResultException.class);
            assertThatThrownBy(() -> session.query(User.class).oneOrNone()).isInstanceOf(MultipleResultsException.class);
            assertThatThrownBy(() -> session.query(User.class).filterBy("nickname", "x"))
                    .hasMessageContaining("nickname").hasMessageContaining("username");

            List<User> viaSelect = session.scalars(select(User.class).where(User_.username.eq("bob")), User.class).all();
            assertThat(viaSelect).containsExactly(bob);
            assertThat(session.execute(select(User.class, User_.email).where(User_.username.eq("alice"))).one().get(0))
                    .isSameAs(alice);
        }
    }

    @AllDatabases
    void addAllTakesAnObjectTwiceOrReachedByCascadeOnceAndADetachedOneBack(TestDatabase db) {
        Blog blog = new Blog(db);
        User detached = Blog.user("dora");
        try (Session session = blog.sessions.open()) {
            session.add(detached);
            session.commit();
        }
        detached.setEmail("dora@new.example.com");
        User alice = Blog.user("alice");
        Post post = new Post("first", "by alice");
        post.setAuthor(alice);
        alice.getPosts().add(post);
        User bob = Blog.user("bob");
        try (Session session = blog.sessions.open()) {
            // alice's cascade adds her post before its own turn comes; bob comes twice
            session.addAll(List.of(alice, post, bob, bob, detached));
            assertThat(session.newObjects()).containsExactly(alice, post, bob);
            assertThat(session.inspect(detached).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.dirtyObjects()).containsExactly(detached);
            session.commit();
            assertThat(post.getId()).isNotNull();
            assertThat(session.inspect(bob).status()).isEqualTo(ObjectStatus.PERSISTENT);
        }
        try (Connection conn = blog.engine.connect()) {
            assertThat(((Number) conn.execute(text("SELECT count(*) FROM users")).scalar()).longValue()).isEqualTo(3);
            assertThat(((Number) conn.execute(text("SELECT count(*) FROM posts WHERE user_id = :id"),
                    Map.of("id", alice.getId())).scalar()).longValue()).isEqualTo(1);
            assertThat(conn.execute(text("SELECT email FROM users WHERE username = 'dora'")).scalar())
                    .isEqualTo("dora@new.example.com");
        }
    }

    @AllDatabases
    void addAllOfAnObjectOfAnotherOpenSessionAddsNothing(TestDatabase db) {
        Blog blog = new Blog(db);
        User held = Blog.user("held");
        try (Session other = blog.sessions.open(); Session session = blog.sessions.open()) {
            other.add(held);
            User first = Blog.user("first");
            assertThatThrownBy(() -> session.addAll(List.of(first, held)))
                    .hasMessageContaining("another open session");
            assertThatThrownBy(() -> session.addAll(java.util.Arrays.asList(Blog.user("x"), null)))
                    .isInstanceOf(NullPointerException.class);
            assertThat(session.newObjects()).containsExactly(first); // objects before the refused one stay added
            assertThat(other.newObjects()).containsExactly(held);
        }
    }

    @AllDatabases
    void getLoadsWhatIsNotInTheSessionAndReturnsNullForNoRow(TestDatabase db) {
        Blog blog = new Blog(db);
        long id;
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.commit();
            id = alice.getId();
        }
        try (Session session = blog.sessions.open(); StatementCounter counter = StatementCounter.on(blog.engine)) {
            User loaded = session.get(User.class, id);
            assertThat(loaded).isNotNull();
            assertThat(loaded.getUsername()).isEqualTo("alice");
            assertThat(session.get(User.class, id)).isSameAs(loaded);
            assertThat(counter.selects()).isEqualTo(1);
            assertThat(session.get(User.class, 999_999L)).isNull();
            assertThat(session.query(User.class).filterBy("username", "alice").first()).isSameAs(loaded);
        }
    }

    @AllDatabases
    void anUpdateSetsOnlyTheChangedColumnAndNoneWhenNothingChanged(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.commit();

            blog.sql.clear();
            session.flush();
            alice.getUsername(); // reading changes nothing
            session.commit();
            assertThat(blog.statementsStartingWith("UPDATE")).isEmpty();

            User reloaded = session.get(User.class, alice.getId()); // expired by the commit: reloaded here
            assertThat(reloaded).isSameAs(alice);
            alice.setEmail("newemail@example.com");
            assertThat(session.inspect(alice).modifiedAttributes()).containsExactly("email");
            assertThat(session.dirtyObjects()).containsExactly(alice);
            blog.sql.clear();
            session.commit();
            List<String> updates = blog.statementsStartingWith("UPDATE");
            assertThat(updates).hasSize(1);
            assertThat(updates.get(0)).contains("email").doesNotContain("username").doesNotContain("password_hash");
        }
        try (Connection conn = blog.engine.connect()) {
            assertThat(conn.execute(text("SELECT email FROM users")).scalar()).isEqualTo("newemail@example.com");
        }
    }

    @AllDatabases
    void deleteAndBulkOperations(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            User bob = Blog.user("bob");
            User carol = Blog.user("carol");
            bob.setIsActive(false);
            carol.setIsActive(false);
            session.addAll(List.of(alice, bob, carol));
            session.commit();

            session.delete(alice);
            assertThat(session.deletedObjects()).containsExactly(alice);
            assertThat(session.get(User.class, alice.getId())).isNull(); // marked for deletion
            session.commit();
            assertThat(session.inspect(alice).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(session.query(User.class).all()).containsExactlyInAnyOrder(bob, carol);

            long n = session.query(User.class).filter(User_.isActive.eq(false)).update(Map.of(User_.isActive, true));
            assertThat(n).isEqualTo(2);
            assertThat(bob.getIsActive()).isTrue(); // objects in the session follow the bulk update
            assertThat(session.query(User.class).filterBy("username", "bob").one().getIsActive()).isTrue();

            carol.setIsActive(false);
            session.flush();
            assertThat(session.query(User.class).filter(User_.isActive.eq(false)).delete()).isEqualTo(1);
            assertThat(session.inspect(carol).status()).isEqualTo(ObjectStatus.DELETED);
            session.commit();
            assertThat(session.query(User.class).all()).containsExactly(bob);
        }
    }

    @AllDatabases
    void expiredObjectsKeepTheirValuesAndReloadWhenHandedOut(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.commit();
            try (Connection conn = blog.engine.connect()) {
                conn.execute(text("UPDATE users SET email = 'changed@example.com'"));
                conn.commit();
            }
            assertThat(alice.getEmail()).isEqualTo("alice@example.com"); // never silently nulled
            assertThat(session.query(User.class).first()).isSameAs(alice);
            assertThat(alice.getEmail()).isEqualTo("changed@example.com");
            assertThat(session.inspect(alice).isExpired()).isFalse();
            session.commit(); // ends the read transaction (SQLite would hold its lock)

            try (Connection conn = blog.engine.connect()) {
                conn.execute(text("UPDATE users SET email = 'again@example.com'"));
                conn.commit();
            }
            session.refresh(alice);
            assertThat(alice.getEmail()).isEqualTo("again@example.com");

            alice.setEmail("discarded@example.com");
            session.expire(alice);
            assertThat(session.get(User.class, alice.getId()).getEmail()).isEqualTo("again@example.com");
        }
    }

    @AllDatabases
    void withoutExpireOnCommitObjectsAreNotReloaded(TestDatabase db) {
        Blog blog = new Blog(db, false);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.commit();
            assertThat(session.inspect(alice).isExpired()).isFalse();
            try (StatementCounter counter = StatementCounter.on(blog.engine)) {
                assertThat(session.get(User.class, alice.getId())).isSameAs(alice);
                assertThat(counter.count()).isZero();
            }
        }
    }

    @AllDatabases
    void closingASessionLeavesEachOfItsObjectsDetachedOrTransient(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            session.addAll(List.of(Blog.user("alice"), Blog.user("bob")));
            session.commit();
        }
        User carol = Blog.user("carol");
        User alice;
        User bob;
        try (Session session = blog.sessions.open()) {
            alice = session.query(User.class).filterBy("username", "alice").one();
            bob = session.query(User.class).filterBy("username", "bob").one();
            session.add(carol); // pending, never flushed
            session.delete(bob); // marked, DELETE not flushed
            assertThat(session.inspect(bob).isMarkedForDeletion()).isTrue();
        }
        try (Session other = blog.sessions.open()) {
            assertThat(other.inspect(alice).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(other.inspect(alice).session()).isNull();
            assertThat(other.inspect(bob).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(other.inspect(bob).isMarkedForDeletion()).isFalse();
            assertThat(other.inspect(carol).status()).isEqualTo(ObjectStatus.TRANSIENT);

            other.add(alice); // back as persistent: no INSERT, the row is found by its key
            other.add(carol); // pending again: inserted now
            assertThat(other.inspect(alice).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(other.inspect(alice).session()).isSameAs(other);
            other.commit();
            assertThat(other.query(User.class).count()).isEqualTo(3); // bob's DELETE was never flushed
        }
    }

    @AllDatabases
    void objectStatesThroughInspectAndExpungeAndMerge(TestDatabase db) {
        Blog blog = new Blog(db);
        User alice = Blog.user("alice");
        assertThat(blog.sessions.open().inspect(alice).status()).isEqualTo(ObjectStatus.TRANSIENT);
        try (Session session = blog.sessions.open()) {
            session.add(alice);
            session.commit();
            assertThat(session.inspect(alice).identity().value()).isEqualTo(alice.getId());
        }
        assertThat(blog.sessions.open().inspect(alice).status()).isEqualTo(ObjectStatus.DETACHED);

        alice.setEmail("merged@example.com"); // changed while detached
        try (Session session = blog.sessions.open()) {
            User managed = session.merge(alice);
            assertThat(managed).isNotSameAs(alice);
            assertThat(session.contains(managed)).isTrue();
            assertThat(session.contains(alice)).isFalse();
            assertThat(managed.getEmail()).isEqualTo("merged@example.com");
            assertThat(session.merge(alice)).isSameAs(managed);
            session.commit();
            assertThat(session.query(User.class).one().getEmail()).isEqualTo("merged@example.com");

            session.expunge(managed);
            assertThat(session.inspect(managed).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(session.query(User.class).one()).isNotSameAs(managed);
        }
        try (Session session = blog.sessions.open()) {
            alice.setUsername("alice2");
            session.add(alice); // a detached object comes back persistent with its baseline
            assertThat(session.inspect(alice).status()).isEqualTo(ObjectStatus.PERSISTENT);
            blog.sql.clear();
            session.commit();
            assertThat(blog.statementsStartingWith("UPDATE")).singleElement().asString()
                    .contains("username").doesNotContain("password_hash");
        }
    }

    @AllDatabases
    void closeWithoutCommitRollsBack(TestDatabase db) {
        Blog blog = new Blog(db);
        User alice = Blog.user("alice");
        try (Session session = blog.sessions.open()) {
            session.add(alice);
            session.flush();
            assertThat(alice.getId()).isNotNull();
        }
        assertThat(blog.sessions.open().inspect(alice).status()).isEqualTo(ObjectStatus.TRANSIENT);
        try (Session session = blog.sessions.open()) {
            assertThat(session.query(User.class).count()).isZero();
        }
    }

    @AllDatabases
    void queriesAutoflushUnlessSwitchedOff(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            session.add(Blog.user("alice"));
            assertThat(session.query(User.class).filterBy("username", "alice").count()).isEqualTo(1);
            session.setAutoflush(false);
            User bob = Blog.user("bob");
            session.add(bob);
            assertThat(session.query(User.class).count()).isEqualTo(1);
            assertThat(bob.getId()).isNull();
            session.flush();
            assertThat(session.query(User.class).count()).isEqualTo(2);
        }
    }

    @AllDatabases
    void updatingARowDeletedByAnotherTransactionRaisesStaleData(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.commit();
            try (Session other = blog.sessions.open()) {
                other.delete(other.get(User.class, alice.getId()));
                other.commit();
            }
            alice.setEmail("gone@example.com");
            assertThatThrownBy(session::commit).isInstanceOf(dev.ormkit.exc.StaleDataException.class)
                    .hasMessageContaining("User(" + alice.getId() + ")").hasMessageContaining("deleted");
        }
    }
}
