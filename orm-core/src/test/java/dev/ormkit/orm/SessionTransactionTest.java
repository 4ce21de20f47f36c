package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.EngineOptions;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.model.Comment;
import dev.ormkit.model.Post;
import dev.ormkit.model.Tag;
import dev.ormkit.model.User;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/** The transaction lifecycle of a session that owns its transaction: events, savepoints, options. */
class SessionTransactionTest {

    @AllDatabases
    void sessionEventsComeInOrder(TestDatabase db) {
        Blog blog = new Blog(db);
        List<String> seen = new ArrayList<>();
        blog.engine.events().addOrmListener(new JoinedSessionTest.Recorder(seen));
        try (Session session = blog.sessions.open()) {
            session.add(Blog.user("alice"));
            session.commit();
            session.add(Blog.user("bob"));
            NestedTransaction nested = session.beginNested();
            session.add(Blog.user("carol"));
            session.flush();
            nested.rollback();
            session.rollback();
        }
        // as in SQLAlchemy, a transaction begins when its first connection is taken: here in commit's flush
        assertThat(seen).containsExactly("beforeCommit", "afterBegin", "flush", "afterCommit",
                "afterBegin", "flush", "flush", "afterSavepointRollback@0", "afterRollback", "close");
    }

    @AllDatabases
    void aSavepointRollbackExpiresWhatChangedAfterTheSavepoint(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            session.addAll(List.of(Blog.user("alice"), Blog.user("bob")));
            session.commit();
            User alice = session.query(User.class).filterBy("username", "alice").one();
            User bob = session.query(User.class).filterBy("username", "bob").one();
            bob.setEmail("before-the-savepoint@example.com");
            try (NestedTransaction nested = session.beginNested()) { // flushes bob's change first
                alice.setEmail("inside@example.com");
                User dave = Blog.user("dave");
                session.add(dave);
                session.flush();
                nested.rollback();
                assertThat(session.inspect(alice).isExpired()).isTrue();
                assertThat(session.inspect(dave).status()).isEqualTo(ObjectStatus.TRANSIENT);
                assertThat(dave.getId()).isNull();
            }
            assertThat(session.inspect(bob).isExpired()).as("changed before the savepoint: kept").isFalse();
            assertThat(session.get(User.class, alice.getId()).getEmail()).isEqualTo("alice@example.com");
            session.commit();
        }
        assertThat(JoinedSessionTest.count(blog, "SELECT count(*) FROM users WHERE email = 'before-the-savepoint@example.com'"))
                .isEqualTo(1);
        assertThat(JoinedSessionTest.count(blog, "SELECT count(*) FROM users")).isEqualTo(2);
    }

    @AllDatabases
    void aReadOnlySessionNeverFlushesAndItsConnectionComesBackWritable(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.defaults().poolSize(1).maxOverflow(0)); // one connection: the same one back
        MetaData md = MetaData.of(User.class, Post.class, Comment.class, Tag.class);
        md.createAll(engine);
        SessionFactory sessions = SessionFactory.builder(engine).metadata(md).build();
        try (Session session = sessions.open()) {
            session.add(Blog.user("alice"));
            session.commit();
        }
        List<String> updates = new ArrayList<>();
        engine.events().addStatementListener(new dev.ormkit.event.StatementListener() {
            @Override
            public void onStatementStart(dev.ormkit.event.StatementEvent event) {
                if (event.sql().startsWith("UPDATE")) {
                    updates.add(event.sql());
                }
            }
        });
        try (Session session = sessions.open(TransactionOptions.defaults().readOnly(true))) {
            if (db.kind() != DatabaseKind.H2) { // H2 takes the flag as a hint
                assertThatThrownBy(() -> session.execute(text("UPDATE users SET email = 'x@example.com'")))
                        .isInstanceOf(DatabaseException.class);
                session.rollback();
            }
            updates.clear();
            User alice = session.query(User.class).one();
            alice.setEmail("changed@example.com");
            assertThat(session.query(User.class).count()).isEqualTo(1); // no autoflush
            assertThatThrownBy(session::flush).isInstanceOf(InvalidRequestException.class).hasMessageContaining("read-only");
            session.commit();
        }
        assertThat(updates).isEmpty();
        try (Session session = sessions.open()) { // the pool's one connection, writable again
            session.query(User.class).one().setEmail("written@example.com");
            session.commit();
            assertThat(session.query(User.class).one().getEmail()).isEqualTo("written@example.com");
        }
    }

    @AllDatabases
    void theIsolationLevelAppliesToTheTransactionAndIsRestoredAfter(TestDatabase db) throws Exception {
        Engine engine = db.engine(EngineOptions.defaults().poolSize(1).maxOverflow(0));
        SessionFactory sessions = SessionFactory.builder(engine).build();
        int before;
        try (Connection c = engine.connect()) {
            before = c.jdbcConnection().getTransactionIsolation();
        }
        Isolation wanted = db.kind() == DatabaseKind.SQLITE ? Isolation.READ_UNCOMMITTED : Isolation.SERIALIZABLE;
        try (Session session = sessions.open(TransactionOptions.defaults().isolation(wanted))) {
            assertThat(session.connection().jdbcConnection().getTransactionIsolation()).isEqualTo(wanted.jdbcLevel());
            session.execute(text("SELECT 1"));
        }
        try (Connection c = engine.connect()) {
            assertThat(c.jdbcConnection().getTransactionIsolation()).isEqualTo(before);
        }
    }

    @AllDatabases
    void aStatementTimeoutCancelsALongStatement(TestDatabase db) {
        assumeTrue(db.kind() == DatabaseKind.POSTGRESQL || db.kind() == DatabaseKind.MARIADB,
                "a server-side sleep is needed");
        Blog blog = new Blog(db);
        String sleep = db.kind() == DatabaseKind.POSTGRESQL ? "SELECT pg_sleep(5)" : "SELECT SLEEP(5)";
        long started = System.nanoTime();
        try (Session session = blog.sessions.open(TransactionOptions.defaults().timeout(Duration.ofSeconds(1)))) {
            assertThatThrownBy(() -> session.execute(text(sleep)))
                    .isInstanceOf(OperationalException.class)
                    .hasMessageContaining("statement timeout of 1 s")
                    .hasMessageContaining(sleep);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }
}
