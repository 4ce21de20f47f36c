package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.selectinLoad;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.event.MapperListener;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Mapper events: a listener hears of each object a flush is about to INSERT or UPDATE, and what
 * it changes is written; its exception aborts the flush. And hand-written SQL's objects get
 * their eager loads.
 */
class MapperEventsTest {

    /** Stamps the e-mail of users it sees, and records what it saw. */
    static final class Stamper implements MapperListener {
        final List<String> seen = new ArrayList<>();

        @Override
        public void beforeInsert(Object object) {
            if (object instanceof User u) {
                seen.add("insert " + u.getUsername());
                u.setEmail(u.getUsername() + "@inserted.example");
            }
        }

        @Override
        public void beforeUpdate(Object object) {
            if (object instanceof User u) {
                seen.add("update " + u.getUsername());
                u.setEmail(u.getUsername() + "@updated.example");
            }
        }
    }

    @AllDatabases
    void listenersSeeInsertsAndChangedObjectsAndTheirChangesAreWritten(TestDatabase db) {
        BlogData data = new BlogData(db);
        Stamper stamper = new Stamper();
        data.engine.events().addMapperListener(stamper);
        try {
            try (Session session = data.sessions().open()) {
                session.addAll(List.of(BlogData.user("ann"), BlogData.user("ben")));
                session.commit();
            }
            assertThat(stamper.seen).containsExactly("insert ann", "insert ben");
            stamper.seen.clear();
            try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
                User ann = session.query(User.class).filterBy("username", "ann").one();
                session.query(User.class).filterBy("username", "ben").one(); // loaded, unchanged: not announced
                assertThat(ann.getEmail()).isEqualTo("ann@inserted.example");
                ann.setPasswordHash("changed");
                session.commit();
                assertThat(counter.updates()).isEqualTo(1);
            }
            assertThat(stamper.seen).containsExactly("update ann");
            try (Session session = data.sessions().open()) {
                User ann = session.query(User.class).filterBy("username", "ann").one();
                assertThat(ann.getEmail()).isEqualTo("ann@updated.example");
                assertThat(ann.getPasswordHash()).isEqualTo("changed");
            }
        } finally {
            data.engine.events().removeMapperListener(stamper);
        }
    }

    @AllDatabases
    void aListenersExceptionAbortsTheFlush(TestDatabase db) {
        BlogData data = new BlogData(db);
        MapperListener refusing = new MapperListener() {
            @Override
            public void beforeInsert(Object object) {
                throw new IllegalStateException("refused " + object);
            }
        };
        data.engine.events().addMapperListener(refusing);
        try (Session session = data.sessions().open()) {
            session.add(BlogData.user("cid"));
            assertThatThrownBy(session::flush).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("refused");
        } finally {
            data.engine.events().removeMapperListener(refusing);
        }
        try (Session session = data.sessions().open()) {
            assertThat(session.query(User.class).filterBy("username", "cid").oneOrNone()).isNull();
        }
    }

    @AllDatabases
    void objectsOfHandWrittenSqlGetTheirEagerLoads(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(3, 2);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).options(selectinLoad(User_.posts))
                    .fromStatement(text("SELECT * FROM users ORDER BY username")).all();
            assertThat(users).hasSize(3).allSatisfy(u -> assertThat(u.getPosts()).hasSize(2));
            assertThat(counter.selects()).isEqualTo(2);
        }
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).options(joinedLoad(User_.posts))
                    .fromStatement(text("SELECT * FROM users ORDER BY username")).all();
            assertThat(users).allSatisfy(u -> assertThat(u.getPosts()).hasSize(2)); // no query to join to: an IN select
            assertThat(counter.selects()).isEqualTo(2);
        }
    }
}
