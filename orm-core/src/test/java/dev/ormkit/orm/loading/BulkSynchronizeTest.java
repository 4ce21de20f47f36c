package dev.ormkit.orm.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SynchronizeSession;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** Bulk update() and delete() keep the session's objects in line: evaluate, fetch or none. */
class BulkSynchronizeTest {

    private static List<User> users(Session session) {
        User a = BlogData.user("alice");
        User b = BlogData.user("bob");
        User c = BlogData.user("carol");
        c.setIsActive(false);
        session.addAll(List.of(a, b, c));
        session.flush();
        return List.of(a, b, c);
    }

    @AllDatabases
    void evaluateUpdatesMatchingObjectsWithoutASelect(TestDatabase db) {
        BlogData data = new BlogData(db);
        try (Session session = data.sessions().open()) {
            List<User> all = users(session);
            try (StatementCounter counter = StatementCounter.on(data.engine)) {
                long n = session.query(User.class).filter(User_.isActive.eq(false))
                        .update(Map.of(User_.isActive, true), SynchronizeSession.EVALUATE);
                assertThat(n).isEqualTo(1);
                assertThat(counter.count()).isEqualTo(1); // the UPDATE alone
            }
            assertThat(all).allSatisfy(u -> assertThat(u.getIsActive()).isTrue());
            assertThat(session.dirtyObjects()).isEmpty();
            session.query(User.class).filter(User_.username.in("alice", "bob"))
                    .update(Map.of("passwordHash", "rehashed"), SynchronizeSession.EVALUATE);
            assertThat(all.get(0).getPasswordHash()).isEqualTo("rehashed");
            assertThat(all.get(1).getPasswordHash()).isEqualTo("rehashed");
            assertThat(all.get(2).getPasswordHash()).isEqualTo("hashed-carol");
            assertThatThrownBy(() -> session.query(User.class).filter(User_.email.like("%y"))
                    .update(Map.of("passwordHash", "z"), SynchronizeSession.EVALUATE))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("FETCH");
        }
    }

    @AllDatabases
    void fetchSelectsTheKeysFirstAndNoneLeavesObjectsStale(TestDatabase db) {
        BlogData data = new BlogData(db);
        try (Session session = data.sessions().open()) {
            List<User> all = users(session);
            try (StatementCounter counter = StatementCounter.on(data.engine)) {
                session.query(User.class).filter(User_.username.like("%o%"))
                        .update(Map.of(User_.isActive, false), SynchronizeSession.FETCH);
                assertThat(counter.count()).isEqualTo(2);
            }
            assertThat(all.get(1).getIsActive()).isFalse();     // bob matched LIKE '%o%'
            assertThat(all.get(2).getIsActive()).isFalse();
            assertThat(all.get(0).getIsActive()).isTrue();

            session.query(User.class).filterBy("username", "alice")
                    .update(Map.of("email", "new@example.com"), SynchronizeSession.NONE);
            assertThat(all.get(0).getEmail()).isEqualTo("alice@example.com"); // stale until refreshed
            session.refresh(all.get(0));
            assertThat(all.get(0).getEmail()).isEqualTo("new@example.com");
        }
    }

    @AllDatabases
    void bulkDeleteMarksObjectsDeleted(TestDatabase db) {
        BlogData data = new BlogData(db);
        try (Session session = data.sessions().open()) {
            List<User> all = users(session);
            long n = session.query(User.class).filter(User_.isActive.eq(false)).delete(SynchronizeSession.EVALUATE);
            assertThat(n).isEqualTo(1);
            assertThat(session.inspect(all.get(2)).isDeleted()).isTrue();
            assertThat(session.inspect(all.get(0)).isDeleted()).isFalse();
            session.query(User.class).filterBy("username", "bob").delete();
            assertThat(session.inspect(all.get(1)).isDeleted()).isTrue();
            session.commit();
            assertThat(session.query(User.class).all()).containsExactly(all.get(0));
        }
    }
}
