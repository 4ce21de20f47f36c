package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import dev.ormkit.engine.Connection;
import dev.ormkit.event.FlushContext;
import dev.ormkit.event.OrmListener;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.exc.PendingRollbackException;
import dev.ormkit.model.User;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/** A session under failure: no ghost objects, no lost first error, no silent success. */
class SessionFailureTest {

    private static long count(Blog blog, String sql) {
        return JoinedSessionTest.count(blog, sql);
    }

    // --- 1. a failed COMMIT leaves no ghosts ----------------------------------------------------

    @AllDatabases
    void aBackendKilledBetweenFlushAndCommitLeavesNoGhosts(TestDatabase db) {
        assumeTrue(db.kind() == DatabaseKind.POSTGRESQL, "pg_terminate_backend");
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.flush();
            assertThat(alice.getId()).isNotNull();
            Object pid = session.execute(text("SELECT pg_backend_pid()")).scalar();
            try (Connection killer = blog.engine.connect()) {
                killer.execute(text("SELECT pg_terminate_backend(:pid)"), Map.of("pid", pid));
            }
            assertThatThrownBy(session::commit).isInstanceOf(DatabaseException.class);
            assertThat(session.inspect(alice).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(alice.getId()).as("no id of a row that does not exist").isNull();
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class);
            session.rollback();
            session.add(alice);
            session.commit();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(1);
    }

    @AllDatabases
    void aDeferredUniqueViolationAtCommitIsAnIntegrityErrorAndLeavesNoGhosts(TestDatabase db) {
        assumeTrue(db.kind() == DatabaseKind.POSTGRESQL, "DEFERRABLE constraints");
        Blog blog = new Blog(db);
        try (Connection conn = blog.engine.connect()) {
            conn.execute(text("CREATE TABLE coupons (id SERIAL PRIMARY KEY, code VARCHAR(20) NOT NULL,"
                    + " CONSTRAINT coupons_code_key UNIQUE (code) DEFERRABLE INITIALLY DEFERRED)"));
            conn.commit();
        }
        SessionFactory sessions = SessionFactory.builder(blog.engine).classes(Coupon.class).build();
        try (Session session = sessions.open()) {
            Coupon first = new Coupon("SAVE10");
            Coupon second = new Coupon("SAVE10");
            session.addAll(List.of(first, second));
            session.flush(); // deferred: both INSERTs pass
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class)
                    .satisfies(e -> assertThat(((IntegrityException) e).sqlState()).isEqualTo("23505"))
                    .hasMessageContaining("COMMIT");
            assertThat(first.id).isNull();
            assertThat(second.id).isNull();
            assertThat(session.inspect(first).status()).isEqualTo(ObjectStatus.TRANSIENT);
            second.code = "SAVE20";
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class);
            session.rollback();
            session.addAll(List.of(first, second));
            session.commit();
        }
        assertThat(count(blog, "SELECT count(*) FROM coupons")).isEqualTo(2);
    }

    // --- 2. the first error always reaches the caller ------------------------------------------------

    @AllDatabases
    void whenTheRollbackAfterAFailedFlushFailsTooTheFirstErrorIsKept(TestDatabase db) {
        assumeTrue(db.kind() == DatabaseKind.POSTGRESQL, "pg_terminate_backend");
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.flush();
            Object pid = session.execute(text("SELECT pg_backend_pid()")).scalar();
            try (Connection killer = blog.engine.connect()) {
                killer.execute(text("SELECT pg_terminate_backend(:pid)"), Map.of("pid", pid));
            }
            User bob = Blog.user("bob");
            session.add(bob);
            Throwable thrown = null;
            try {
                session.flush();
            } catch (RuntimeException e) {
                thrown = e;
            }
            assertThat(thrown).isInstanceOf(OperationalException.class);
            assertThat(((OperationalException) thrown).sqlState()).isEqualTo("57P01"); // admin shutdown, not "connection closed"
            assertThat(((OperationalException) thrown).sql()).startsWith("INSERT");
            assertThat(thrown.getSuppressed()).as("the failed ROLLBACK, kept beside it").isNotEmpty();
            assertThat(session.inspect(alice).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(alice.getId()).isNull();
            session.rollback();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isZero();
    }

    @AllDatabases
    void aDeadlockInsideASavepointOnMariaDbFailsTheWholeTransaction(TestDatabase db) throws Exception {
        assumeTrue(db.kind() == DatabaseKind.MARIADB, "InnoDB rolls back the whole transaction of a deadlock victim");
        Blog blog = new Blog(db);
        try (Session setup = blog.sessions.open()) {
            setup.addAll(List.of(Blog.user("first"), Blog.user("second")));
            setup.commit();
        }
        CountDownLatch otherHoldsSecond = new CountDownLatch(1);
        AtomicReference<Throwable> otherFailed = new AtomicReference<>();
        try (Session session = blog.sessions.open()) {
            User earlier = Blog.user("earlier");
            session.add(earlier);
            User first = session.query(User.class).filterBy("username", "first").one();
            User second = session.query(User.class).filterBy("username", "second").one();
            NestedTransaction nested = session.beginNested(); // flushes "earlier" in the outer transaction
            first.setEmail("mine-1@example.com");
            session.flush(); // this transaction locks "first"
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                try (Connection conn = blog.engine.connect()) {
                    for (int i = 0; i < 20; i++) { // the heavier transaction: InnoDB picks the other as victim
                        conn.execute(text("INSERT INTO users (username, email, password_hash) VALUES (:u, :e, 'x')"),
                                Map.of("u", "bulk" + i, "e", "bulk" + i + "@example.com"));
                    }
                    conn.execute(text("UPDATE users SET email = 'theirs-2@example.com' WHERE username = 'second'"));
                    otherHoldsSecond.countDown();
                    conn.execute(text("UPDATE users SET email = 'theirs-1@example.com' WHERE username = 'first'"));
                    conn.commit();
                } catch (RuntimeException e) {
                    otherFailed.set(e);
                    otherHoldsSecond.countDown();
                }
            });
            assertThat(otherHoldsSecond.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300); // the other transaction now waits for "first"
            second.setEmail("mine-2@example.com");
            Throwable thrown = null;
            try {
                nested.commit(); // its flush waits for "second": a deadlock
            } catch (RuntimeException e) {
                thrown = e;
            }
            other.get(10, TimeUnit.SECONDS);
            assertThat(otherFailed.get()).isNull();
            assertThat(thrown).isInstanceOf(OperationalException.class);
            assertThat(((OperationalException) thrown).vendorCode()).as("the deadlock itself, not a missing savepoint")
                    .isEqualTo(1213);
            assertThat(thrown.getSuppressed()).isNotEmpty(); // ROLLBACK TO SAVEPOINT failed: the savepoint was gone
            // the outer transaction lost "earlier" with the deadlock: committing it is refused, not a silent success
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class)
                    .hasCauseReference(thrown);
            assertThat(session.inspect(earlier).status()).isEqualTo(ObjectStatus.TRANSIENT);
            session.rollback();
        }
        assertThat(count(blog, "SELECT count(*) FROM users WHERE username = 'earlier'")).isZero();
        assertThat(count(blog, "SELECT count(*) FROM users WHERE email = 'theirs-1@example.com'")).isEqualTo(1);
    }

    // --- 3. no retry that writes nothing ------------------------------------------------------------------

    @AllDatabases
    void aRetryAfterAFailedFlushIsRefusedUntilRollback(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            session.add(Blog.user("alice"));
            session.commit();
            User duplicate = Blog.user("dave");
            duplicate.setUsername("alice");
            session.add(duplicate);
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class);
            duplicate.setUsername("dave");
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class)
                    .hasCauseInstanceOf(IntegrityException.class).hasMessageContaining("rollback()");
            assertThatThrownBy(session::flush).isInstanceOf(PendingRollbackException.class);
            assertThatThrownBy(session::beginNested).isInstanceOf(PendingRollbackException.class);
            assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(1);
            session.rollback();
            session.add(duplicate); // transient again after the rollback: added anew
            session.commit();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(2);
    }

    // --- 4. add() after delete() ----------------------------------------------------------------------------

    @AllDatabases
    void addAfterDeleteUndeletesBeforeTheFlushAndIsRefusedAfterTheCommit(TestDatabase db) {
        Blog blog = new Blog(db);
        User alice = Blog.user("alice");
        try (Session session = blog.sessions.open()) {
            session.add(alice);
            session.commit();
            session.delete(alice);
            session.add(alice); // as SQLAlchemy: no longer deleted
            assertThat(session.deletedObjects()).isEmpty();
            session.commit();
            assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(1);

            session.delete(alice);
            session.commit();
            assertThatThrownBy(() -> session.add(alice)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("deletion committed");
        }
        try (Session other = blog.sessions.open()) {
            assertThatThrownBy(() -> other.add(alice)).isInstanceOf(InvalidRequestException.class);
            other.commit();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isZero();
    }

    // --- 6. one session, two threads ---------------------------------------------------------------------------

    @AllDatabases
    void aSessionUsedFromASecondThreadFailsFast(TestDatabase db) throws Exception {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            session.add(Blog.user("alice"));
            Throwable fromOther = CompletableFuture.supplyAsync(() -> {
                try {
                    session.add(Blog.user("bob"));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }).get(10, TimeUnit.SECONDS);
            assertThat(fromOther).isInstanceOf(InvalidRequestException.class).hasMessageContaining("single-threaded");
            session.commit();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(1);
    }

    // --- 7. deep graphs, re-entrant flush ---------------------------------------------------------------------

    /** Runs {@code body} on a thread with a small stack: a walk that recursed per object would overflow it. */
    private static void onSmallStack(ThrowingRunnable body) throws Throwable {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join(120_000);
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @AllDatabases
    void mergingADetachedChainOfTwoThousandWalksItWithoutRecursion(TestDatabase db) throws Throwable {
        Blog blog = new Blog(db);
        int length = 2_000;
        insertChain(blog, blog.metadata.getTable("nodes"), length);
        onSmallStack(() -> {
            Node head;
            try (Session session = blog.sessions.open()) {
                session.query(Node.class).options(Load.selectinLoad(Node_.children)).all();
                head = session.get(Node.class, 1L);
            } // detached, the whole chain loaded
            head.name = "renamed";
            try (Session session = blog.sessions.open()) {
                blog.sql.clear();
                Node managed = session.merge(head);
                // rows and collections in IN lists of the dialect's size (500; 50 on H2): 2 x 4 or 2 x 40, not 2,000
                int batches = (length + blog.engine.dialect().keysPerSelectIn() - 1) / blog.engine.dialect().keysPerSelectIn();
                assertThat(blog.sql).as("rows and collections read a few at a time, not per object")
                        .hasSizeLessThanOrEqualTo(2 * batches + 4);
                assertThat(managed).isNotSameAs(head);
                int depth = 0;
                for (Node n = managed; n != null; n = n.children.isEmpty() ? null : n.children.get(0)) {
                    depth++;
                }
                assertThat(depth).isEqualTo(length);
                session.commit();
            }
        });
        assertThat(count(blog, "SELECT count(*) FROM nodes")).isEqualTo(length);
        assertThat(count(blog, "SELECT count(*) FROM nodes WHERE name = 'renamed'")).isEqualTo(1);
    }

    /** Rows 1..length, each the child of the one before: inserted in one batch, not through a flush. */
    private static void insertChain(Blog blog, dev.ormkit.schema.Table table, int length) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (long i = 1; i <= length; i++) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("id", i);
            row.put("name", "l" + i);
            row.put("parent_id", i == 1 ? null : i - 1);
            rows.add(row);
        }
        try (Connection conn = blog.engine.connect()) {
            conn.execute(dev.ormkit.sql.Sql.insert(table), rows);
            conn.commit();
        }
    }

    @AllDatabases
    void aCascadingDeleteOfTenThousandWalksWithoutRecursion(TestDatabase db) throws Throwable {
        Blog blog = new Blog(db);
        MetaData md = MetaData.of(Link.class);
        md.createAll(blog.engine);
        int length = 10_000;
        insertChain(blog, md.getTable("chain_links"), length);
        SessionFactory sessions = SessionFactory.builder(blog.engine).metadata(md).build();
        onSmallStack(() -> {
            try (Session session = sessions.open()) {
                List<Link> all = session.query(Link.class).options(Load.selectinLoad(Link_.next)).all();
                assertThat(all).hasSize(length);
                session.delete(session.get(Link.class, 1L));
                assertThat(session.deletedObjects()).hasSize(length); // every link marked, none left half-done
                assertThat(session.inspect(all.get(length - 1)).isMarkedForDeletion()).isTrue();
                session.rollback(); // a rollback takes every mark back
                assertThat(session.deletedObjects()).isEmpty();
                assertThat(session.inspect(all.get(length - 1)).isMarkedForDeletion()).isFalse();
            }
        });
        assertThat(count(blog, "SELECT count(*) FROM chain_links")).isEqualTo(length);
    }

    @AllDatabases
    void aFlushCalledFromAFlushListenerIsRefused(TestDatabase db) {
        Blog blog = new Blog(db);
        AtomicReference<Session> current = new AtomicReference<>();
        List<RuntimeException> refused = new ArrayList<>();
        blog.engine.events().addOrmListener(new OrmListener() {
            @Override
            public void onFlushEnd(FlushContext flush) {
                try {
                    current.get().flush();
                } catch (RuntimeException e) {
                    refused.add(e);
                }
            }
        });
        try (Session session = blog.sessions.open()) {
            current.set(session);
            session.add(Blog.user("alice"));
            session.commit();
        }
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("inside a flush");
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(1);
    }
}
