package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Connection;
import dev.ormkit.event.OrmListener;
import dev.ormkit.event.SessionEvent;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.PendingRollbackException;
import dev.ormkit.model.User;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * A session joined to a transaction that plain JDBC code owns: the session borrows the owner's
 * connection per unit of work, never commits, rolls back or closes it, and follows the owner's
 * outcome in memory.
 */
class JoinedSessionTest {

    static long count(Blog blog, String sql) {
        try (Connection conn = blog.engine.connect()) {
            return ((Number) conn.execute(text(sql)).scalar()).longValue();
        }
    }

    static void insertUser(OutsideTransaction owner, String name) throws Exception {
        owner.run("INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)", name, name + "@example.com", "x");
    }

    @AllDatabases
    void jdbcWritesBeforeAndAfterTheSessionSurviveAndTheOwnerCommits(TestDatabase db) throws Exception {
        Blog blog = new Blog(db);
        User alice = Blog.user("alice");
        try (OutsideTransaction owner = new OutsideTransaction(blog.engine)) {
            insertUser(owner, "before");
            try (JoinedSession session = blog.sessions.join(owner)) {
                session.add(alice);
                assertThat(session.query(User.class).count()).isEqualTo(2); // autoflushed, sees the owner's row
                assertThat(owner.held()).as("no connection kept between statements").isZero();
                insertUser(owner, "after");
                assertThat(session.query(User.class).filterBy("username", "after").one()).isNotNull();
                session.beforeCommit();
                owner.jdbc.commit();
                session.afterCompletion(true);
                assertThat(session.inspect(alice).isExpired()).isTrue();

                session.commit(); // on a joined session: a flush, never a COMMIT
                assertThatThrownBy(session::rollback).isInstanceOf(InvalidRequestException.class)
                        .hasMessageContaining("rollback-only");
                assertThatThrownBy(session::beginNested).isInstanceOf(InvalidRequestException.class);
            }
            assertThat(owner.forbiddenCalls).isEmpty();
            assertThat(owner.acquired).isPositive().isEqualTo(owner.released);
            assertThat(owner.statements).as("every statement passed to beforeStatement").isPositive();
            assertThat(owner.jdbc.isClosed()).isFalse();
        }
        assertThat(alice.getId()).isNotNull();
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(3);
    }

    @AllDatabases
    void aFailedFlushLeavesTheDecisionToTheOwnerAndTheSessionIsUsableAfterItsRollback(TestDatabase db) throws Exception {
        Blog blog = new Blog(db);
        try (OutsideTransaction owner = new OutsideTransaction(blog.engine)) {
            insertUser(owner, "taken");
            try (JoinedSession session = blog.sessions.join(owner)) {
                User ok = Blog.user("ok");
                session.add(ok);
                session.flush();
                User clash = Blog.user("clash");
                clash.setUsername("taken");
                session.add(clash);
                assertThatThrownBy(session::beforeCommit).isInstanceOf(IntegrityException.class);
                assertThat(owner.forbiddenCalls).as("the session did not roll back").isEmpty();
                // until the owner reports its rollback, the session writes nothing more
                assertThatThrownBy(session::flush).isInstanceOf(PendingRollbackException.class)
                        .hasCauseInstanceOf(IntegrityException.class).hasMessageContaining("owner");

                owner.jdbc.rollback();
                session.afterCompletion(false);
                assertThat(session.inspect(ok).status()).isEqualTo(ObjectStatus.TRANSIENT);
                assertThat(ok.getId()).isNull();
                assertThat(session.inspect(clash).status()).isEqualTo(ObjectStatus.TRANSIENT);

                User again = Blog.user("again");
                session.add(again);
                session.beforeCommit();
                owner.jdbc.commit();
                session.afterCompletion(true);
                assertThat(again.getId()).isNotNull();
            }
            assertThat(owner.forbiddenCalls).isEmpty();
            assertThat(owner.held()).isZero();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(1);
        assertThat(count(blog, "SELECT count(*) FROM users WHERE username = 'again'")).isEqualTo(1);
    }

    @AllDatabases
    void theOwnersSavepointRollbackExpiresWhatChangedAfterIt(TestDatabase db) throws Exception {
        Blog blog = new Blog(db);
        try (Session setup = blog.sessions.open()) {
            setup.addAll(List.of(Blog.user("alice"), Blog.user("bob")));
            setup.commit();
        }
        try (OutsideTransaction owner = new OutsideTransaction(blog.engine);
             JoinedSession session = blog.sessions.join(owner)) {
            User alice = session.query(User.class).filterBy("username", "alice").one();
            User bob = session.query(User.class).filterBy("username", "bob").one();
            session.beforeSavepoint();
            Savepoint sp = owner.jdbc.setSavepoint();
            session.afterSavepoint(sp);
            alice.setEmail("changed@example.com");
            User carol = Blog.user("carol");
            session.add(carol);
            session.delete(bob);
            session.flush();

            owner.jdbc.rollback(sp);
            session.afterSavepointRollback(sp);
            assertThat(session.inspect(alice).isExpired()).isTrue();
            assertThat(session.inspect(carol).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(session.inspect(bob).status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(session.get(User.class, alice.getId()).getEmail()).isEqualTo("alice@example.com");
            session.beforeCommit();
            owner.jdbc.commit();
            session.afterCompletion(true);
            assertThat(owner.forbiddenCalls).isEmpty();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(2);
    }

    @AllDatabases
    void aReadOnlyJoinedSessionDoesNotFlushAtCommit(TestDatabase db) throws Exception {
        Blog blog = new Blog(db);
        try (Session setup = blog.sessions.open()) {
            setup.add(Blog.user("alice"));
            setup.commit();
        }
        try (OutsideTransaction owner = new OutsideTransaction(blog.engine);
             JoinedSession session = blog.sessions.join(owner)) {
            session.setReadOnly(true);
            User alice = session.query(User.class).one();
            alice.setEmail("changed@example.com");
            session.query(User.class).all(); // no autoflush
            blog.sql.clear();
            session.beforeCommit();
            owner.jdbc.commit();
            session.afterCompletion(true);
            assertThat(blog.statementsStartingWith("UPDATE")).isEmpty();
        }
        assertThat(count(blog, "SELECT count(*) FROM users WHERE email = 'alice@example.com'")).isEqualTo(1);
    }

    @AllDatabases
    void callbacksComeInOrder(TestDatabase db) throws Exception {
        Blog blog = new Blog(db);
        List<String> seen = new ArrayList<>();
        blog.engine.events().addOrmListener(new Recorder(seen));
        try (OutsideTransaction owner = new OutsideTransaction(blog.engine)) {
            try (JoinedSession session = blog.sessions.join(owner)) {
                session.add(Blog.user("alice"));
                session.beforeCommit();
                owner.jdbc.commit();
                session.afterCompletion(true);
                session.add(Blog.user("bob"));
                session.flush();
                owner.jdbc.rollback();
                session.afterCompletion(false);
            }
        }
        assertThat(seen).containsExactly("beforeCommit", "afterBegin", "flush", "afterCommit",
                "afterBegin", "flush", "afterRollback", "close");
    }

    /** Records the session moments a listener sees. */
    static final class Recorder implements OrmListener {
        private final List<String> seen;

        Recorder(List<String> seen) {
            this.seen = seen;
        }

        @Override
        public void afterBegin(SessionEvent event) {
            seen.add("afterBegin");
        }

        @Override
        public void beforeCommit(SessionEvent event) {
            seen.add("beforeCommit");
        }

        @Override
        public void afterCommit(SessionEvent event) {
            seen.add("afterCommit");
        }

        @Override
        public void afterRollback(SessionEvent event) {
            seen.add("afterRollback");
        }

        @Override
        public void afterSavepointRollback(SessionEvent event) {
            seen.add("afterSavepointRollback@" + event.savepointDepth());
        }

        @Override
        public void onClose(SessionEvent event) {
            seen.add("close");
        }

        @Override
        public void onFlushEnd(dev.ormkit.event.FlushContext flush) {
            seen.add("flush");
        }
    }
}
