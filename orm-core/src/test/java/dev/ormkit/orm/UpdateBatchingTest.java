package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.model.User;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** Changed objects of one shape are UPDATEd in one JDBC batch; rows gone meanwhile are still noticed. */
class UpdateBatchingTest {

    /** Records the UPDATE statements sent and the batch size of each. */
    private static final class Updates implements StatementListener {
        final List<StatementEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onStatementStart(StatementEvent event) {
            if (event.kind() == StatementKind.UPDATE) {
                events.add(event);
            }
        }
    }

    private static List<Long> saveUsers(Blog blog, int n) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(Blog.user("user" + i));
        }
        try (Session session = blog.sessions.open()) {
            session.addAll(users);
            session.commit();
        }
        List<Long> ids = new ArrayList<>();
        for (User u : users) {
            ids.add(u.getId());
        }
        return ids;
    }

    private static long count(Blog blog, String sql) {
        return count(blog, sql, Map.of());
    }

    private static long count(Blog blog, String sql, Map<String, ?> params) {
        try (Connection conn = blog.engine.connect()) {
            return ((Number) conn.execute(text(sql), params).scalar()).longValue();
        }
    }

    @AllDatabases
    void fiveHundredChangedObjectsGoInOneBatchedUpdate(TestDatabase db) {
        Blog blog = new Blog(db);
        saveUsers(blog, 500);
        Updates updates = new Updates();
        try (Session session = blog.sessions.open()) {
            List<User> users = session.query(User.class).all();
            assertThat(users).hasSize(500);
            for (User u : users) {
                u.setIsActive(false);
            }
            blog.engine.events().addStatementListener(updates);
            try (StatementCounter counter = StatementCounter.on(blog.engine)) {
                session.commit();
                counter.close();
                assertThat(counter.updates()).isEqualTo(1);
                assertThat(counter.count()).isEqualTo(1); // nothing else: no per-row SELECT or UPDATE
            }
            blog.engine.events().removeStatementListener(updates);
        }
        assertThat(updates.events).hasSize(1);
        assertThat(updates.events.get(0).batchSize()).isEqualTo(500);
        assertThat(updates.events.get(0).sql()).startsWith("UPDATE users SET").doesNotContain("username");
        assertThat(count(blog, "SELECT count(*) FROM users WHERE is_active = :v", Map.of("v", false))).isEqualTo(500);
    }

    @AllDatabases
    void differentColumnSetsAndVersionedObjectsGoSeparately(TestDatabase db) {
        Blog blog = new Blog(db);
        saveUsers(blog, 6);
        try (Session session = blog.sessions.open()) {
            session.add(new Invoice("a"));
            session.add(new Invoice("b"));
            session.commit();
        }
        Updates updates = new Updates();
        try (Session session = blog.sessions.open()) {
            List<Invoice> invoices = session.query(Invoice.class).all();
            List<User> users = session.query(User.class).orderBy("id").all();
            for (int i = 0; i < 3; i++) {
                users.get(i).setEmail("new" + i + "@example.com");
            }
            for (int i = 3; i < 6; i++) {
                users.get(i).setPasswordHash("rehashed" + i);
            }
            for (Invoice inv : invoices) {
                inv.setCustomer(inv.getCustomer() + "!");
            }
            blog.engine.events().addStatementListener(updates);
            session.commit();
            blog.engine.events().removeStatementListener(updates);
        }
        // two batches of users (three rows each), two versioned invoices one by one
        assertThat(updates.events).extracting(StatementEvent::batchSize).containsExactlyInAnyOrder(3, 3, 1, 1);
        assertThat(count(blog, "SELECT count(*) FROM users WHERE email LIKE 'new%'")).isEqualTo(3);
        assertThat(count(blog, "SELECT count(*) FROM users WHERE password_hash LIKE 'rehashed%'")).isEqualTo(3);
        assertThat(count(blog, "SELECT count(*) FROM invoices WHERE version = 2 AND customer LIKE '%!'")).isEqualTo(2);
    }

    @AllDatabases
    void aRowDeletedElsewhereFailsTheBatchedUpdate(TestDatabase db) {
        Blog blog = new Blog(db, false);
        List<Long> ids = saveUsers(blog, 3);
        try (Session session = blog.sessions.open()) {
            List<User> users = session.query(User.class).orderBy("id").all();
            session.commit(); // ends the read transaction (SQLite would keep the other writer waiting)
            try (Connection other = blog.engine.connect()) {
                other.execute(text("DELETE FROM users WHERE id = " + ids.get(1)));
                other.commit();
            }
            for (User u : users) {
                u.setPasswordHash("changed");
            }
            assertThatThrownBy(session::commit)
                    .isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("UPDATE")
                    .hasMessageContaining("users")
                    .hasMessageContaining("deleted by another transaction");
        }
        // the failed flush rolled back: the other two rows keep their values
        assertThat(count(blog, "SELECT count(*) FROM users WHERE password_hash = 'changed'")).isZero();
    }

    @AllDatabases
    void objectsOfOneShapeOutOfOrderShareABatchAndTheBaselineFollowsWhatWasWritten(TestDatabase db) {
        Blog blog = new Blog(db);
        saveUsers(blog, 5);
        Updates updates = new Updates();
        try (Session session = blog.sessions.open()) {
            List<User> users = session.query(User.class).orderBy("id").all();
            String firstEmail = users.get(0).getEmail();
            // email, password, email, password, email: two shapes, each in one batch
            for (int i = 0; i < users.size(); i++) {
                if (i % 2 == 0) {
                    users.get(i).setEmail("moved" + i + "@example.com");
                } else {
                    users.get(i).setPasswordHash("rehashed" + i);
                }
            }
            blog.engine.events().addStatementListener(updates);
            session.flush();
            assertThat(updates.events).extracting(StatementEvent::batchSize).containsExactlyInAnyOrder(3, 2);
            assertThat(session.dirtyObjects()).isEmpty(); // the written columns are the baseline now

            updates.events.clear();
            users.get(0).setEmail(firstEmail); // back to the value before the first UPDATE: a change again
            users.get(1).setEmail("other@example.com"); // a column the first UPDATE did not set
            assertThat(session.dirtyObjects()).containsExactlyInAnyOrder(users.get(0), users.get(1));
            session.commit();
            blog.engine.events().removeStatementListener(updates);
            assertThat(updates.events).hasSize(1);
            assertThat(updates.events.get(0).batchSize()).isEqualTo(2);
            assertThat(updates.events.get(0).sql()).contains("email").doesNotContain("password_hash");
        }
        assertThat(count(blog, "SELECT count(*) FROM users WHERE email LIKE 'moved%'")).isEqualTo(2);
        assertThat(count(blog, "SELECT count(*) FROM users WHERE email = 'other@example.com'")).isEqualTo(1);
        assertThat(count(blog, "SELECT count(*) FROM users WHERE password_hash LIKE 'rehashed%'")).isEqualTo(2);
        assertThat(count(blog, "SELECT count(*) FROM users WHERE email = 'user0@example.com'")).isEqualTo(1);
    }
}
