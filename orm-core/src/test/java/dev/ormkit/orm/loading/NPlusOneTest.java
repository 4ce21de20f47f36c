package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.selectinLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import dev.ormkit.event.FlushContext;
import dev.ormkit.event.LazyLoadEvent;
import dev.ormkit.event.NPlusOneEvent;
import dev.ormkit.event.OrmListener;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.NPlusOneException;
import dev.ormkit.model.Post;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** N+1 detection, batch lazy loading, unused eager loads and the listener events. */
class NPlusOneTest {

    /** Records what the sessions report. */
    static final class Recorder implements OrmListener {
        final List<NPlusOneEvent> nPlusOne = Collections.synchronizedList(new ArrayList<>());
        final List<LazyLoadEvent> lazy = Collections.synchronizedList(new ArrayList<>());
        final List<FlushContext> flushes = Collections.synchronizedList(new ArrayList<>());
        final List<FlushContext> flushStarts = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onLazyLoad(LazyLoadEvent event) {
            lazy.add(event);
        }

        @Override
        public void onNPlusOne(NPlusOneEvent event) {
            nPlusOne.add(event);
        }

        @Override
        public void onFlushStart(FlushContext flush) {
            flushStarts.add(flush);
        }

        @Override
        public void onFlushEnd(FlushContext flush) {
            flushes.add(flush);
        }
    }

    private static long loop(List<User> users) {
        long n = 0;
        for (User u : users) {
            n += u.getPosts().size();
        }
        return n;
    }

    @AllDatabases
    void aLazyLoopOver50ParentsIs51StatementsAndOneReport(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(50, 2);
        Recorder recorder = new Recorder();
        data.engine.events().addOrmListener(recorder);
        SessionFactory sessions = data.builder().nPlusOne(NPlusOneMode.WARN).build();
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).all();
            assertThat(loop(users)).isEqualTo(100);
            assertThat(counter.count()).isEqualTo(51);
        }
        assertThat(recorder.lazy).hasSize(50);
        assertThat(recorder.lazy.get(0).entity()).isEqualTo(User.class.getName());
        assertThat(recorder.lazy.get(0).relation()).isEqualTo("posts");
        assertThat(recorder.lazy).allSatisfy(e -> {
            assertThat(e.durationNanos()).isPositive();
            assertThat(e.batchSize()).isEqualTo(1);
            assertThat(e.location()).contains(NPlusOneTest.class.getName() + ".loop");
        });
        assertThat(recorder.nPlusOne).hasSize(1);
        NPlusOneEvent report = recorder.nPlusOne.get(0);
        assertThat(report.entity()).isEqualTo(User.class.getName());
        assertThat(report.relation()).isEqualTo("posts");
        assertThat(report.count()).isEqualTo(2);
        assertThat(report.resultSize()).as("the loop's real size: one lazy load per user").isEqualTo(50);
        assertThat(report.describe()).contains("selectinLoad(User_.posts)");
        assertThat(report.query()).containsIgnoringCase("FROM users");
        assertThat(report.location()).contains(NPlusOneTest.class.getName() + ".loop");
        assertThat(report.unusedEagerLoad()).isFalse();
    }

    @AllDatabases
    void raiseModeThrowsAtTheThreshold(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(3, 1);
        SessionFactory sessions = data.builder().nPlusOne(NPlusOneMode.RAISE, 3).build();
        try (Session session = sessions.open()) {
            List<User> users = session.query(User.class).orderBy(User_.username).all();
            users.get(0).getPosts().size();
            users.get(1).getPosts().size();
            assertThatThrownBy(() -> users.get(2).getPosts().size())
                    .isInstanceOf(NPlusOneException.class)
                    .hasMessageContaining("User.posts").hasMessageContaining("3 times")
                    .hasMessageContaining(NPlusOneTest.class.getName())
                    .hasMessageContaining("selectinLoad");
        }
        try (Session session = sessions.open()) {  // a single lazy load per query result is fine
            User user = session.query(User.class).first();
            assertThat(user.getPosts()).hasSize(1);
            List<User> users = session.query(User.class).options(selectinLoad(User_.posts)).all();
            assertThat(loop(users)).isEqualTo(3);
        }
    }

    @AllDatabases
    void manyToOneProxiesCountTowardsNPlusOne(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(5, 1);
        Recorder recorder = new Recorder();
        data.engine.events().addOrmListener(recorder);
        SessionFactory sessions = data.builder().nPlusOne(NPlusOneMode.WARN).build();
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            for (Post p : session.query(Post.class).all()) {
                assertThat(p.getAuthor().getUsername()).startsWith("user");
            }
            assertThat(counter.count()).isEqualTo(6);
        }
        assertThat(recorder.nPlusOne).singleElement()
                .satisfies(e -> assertThat(e.entity() + "." + e.relation()).isEqualTo(Post.class.getName() + ".author"));
    }

    @AllDatabases
    void batchLazyLoadingCostsOnePlusCeilNOverBatch(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(50, 2);
        for (int batch : new int[] {10, 16, 50}) {
            Recorder recorder = new Recorder();
            data.engine.events().addOrmListener(recorder);
            SessionFactory sessions = data.builder().lazyLoadBatchSize(batch).nPlusOne(NPlusOneMode.WARN).build();
            try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(data.engine)) {
                List<User> users = session.query(User.class).all();
                assertThat(loop(users)).isEqualTo(100);
                assertThat(counter.count()).as("batch %d", batch).isEqualTo(1 + (50 + batch - 1) / batch);
                for (User u : users) {
                    assertThat(u.getPosts()).allSatisfy(p -> assertThat(p.getAuthor()).isSameAs(u));
                }
            }
            data.engine.events().removeOrmListener(recorder);
            if (batch < 50) {
                assertThat(recorder.nPlusOne).singleElement()
                        .satisfies(e -> assertThat(e.location()).contains(NPlusOneTest.class.getName()));
            } else {
                assertThat(recorder.nPlusOne).isEmpty();
            }
        }
    }

    @AllDatabases
    void batchLazyLoadingOfManyToOneProxies(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(20, 1);
        SessionFactory sessions = data.builder().lazyLoadBatchSize(8).nPlusOne(NPlusOneMode.OFF).build();
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            for (Post p : session.query(Post.class).all()) {
                assertThat(p.getAuthor().getPosts()).containsExactly(p);
            }
            // 1 for the posts, ceil(20/8) for the authors, then each author's posts collection lazily
            assertThat(counter.count()).isEqualTo(1 + 3 + 3);
        }
    }

    @AllDatabases
    void anUnusedEagerLoadCountsOnlyUntouchedCollectionsOfObjectsStillInTheSession(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(4, 1);
        Recorder recorder = new Recorder();
        data.engine.events().addOrmListener(recorder);
        SessionFactory sessions = data.builder().nPlusOne(NPlusOneMode.WARN).build();
        try (Session session = sessions.open()) {
            List<User> users = session.query(User.class).options(selectinLoad(User_.posts)).orderBy("id").all();
            assertThat(users.get(0).getPosts()).hasSize(1); // used
            session.expunge(users.get(1)); // no longer the session's
        }
        assertThat(recorder.nPlusOne).singleElement().satisfies(e -> {
            assertThat(e.unusedEagerLoad()).isTrue();
            assertThat(e.count()).isEqualTo(2);
        });
    }

    @AllDatabases
    void unusedEagerLoadsAreReportedAtClose(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(4, 1);
        Recorder recorder = new Recorder();
        data.engine.events().addOrmListener(recorder);
        SessionFactory sessions = data.builder().nPlusOne(NPlusOneMode.WARN).build();
        try (Session session = sessions.open()) {
            List<User> users = session.query(User.class).options(selectinLoad(User_.posts)).all();
            assertThat(users).hasSize(4);
        }
        assertThat(recorder.nPlusOne).singleElement().satisfies(e -> {
            assertThat(e.unusedEagerLoad()).isTrue();
            assertThat(e.relation()).isEqualTo("posts");
            assertThat(e.count()).isEqualTo(4);
        });
        recorder.nPlusOne.clear();
        try (Session session = sessions.open()) {
            List<User> users = session.query(User.class).options(selectinLoad(User_.posts)).all();
            assertThat(loop(users)).isEqualTo(4);
        }
        assertThat(recorder.nPlusOne).isEmpty();
    }

    @AllDatabases
    void flushesAreReported(TestDatabase db) {
        BlogData data = new BlogData(db);
        Recorder recorder = new Recorder();
        data.engine.events().addOrmListener(recorder);
        try (Session session = data.sessions().open()) {
            session.add(BlogData.user("zoe"));
            session.commit();
        }
        assertThat(recorder.flushes).singleElement().satisfies(f -> {
            assertThat(f.succeeded()).isTrue();
            assertThat(f.insertedRows()).isEqualTo(1);
            assertThat(f.updatedRows()).isZero();
            assertThat(f.deletedRows()).isZero();
            assertThat(f.durationNanos()).isPositive();
            assertThat(f.engineName()).isEqualTo(data.engine.name());
        });
        assertThat(recorder.flushStarts).containsExactlyElementsOf(recorder.flushes);
    }
}
