package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.selectinLoad;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.EngineOptions;
import dev.ormkit.event.LazyLoadEvent;
import dev.ormkit.event.Origin;
import dev.ormkit.event.OrmListener;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.model.Post;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.orm.loading.framework.PostsReader;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * The statement execution context: one object per execution, shared by its callbacks, with
 * the engine's name, the statement's facts, a slot for the listener's data, and the origin
 * and entity of what the ORM sends.
 */
class StatementContextTest {

    /** Records each callback with the object it got, and checks the slot carries data from start to end. */
    static final class Recorder implements StatementListener {
        final List<StatementEvent> started = Collections.synchronizedList(new ArrayList<>());
        final List<StatementEvent> ended = Collections.synchronizedList(new ArrayList<>());
        final List<StatementEvent> failed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onStatementStart(StatementEvent event) {
            assertThat(event.durationNanos()).isZero();
            assertThat(event.rowCount()).isEqualTo(-1);
            event.setAttribute("started", started.size());
            started.add(event);
        }

        @Override
        public void onStatementEnd(StatementEvent event) {
            ended.add(event);
        }

        @Override
        public void onStatementError(StatementEvent event, DatabaseException error) {
            failed.add(event);
        }

        List<Origin> origins() {
            List<Origin> out = new ArrayList<>();
            for (StatementEvent e : started) {
                out.add(e.origin());
            }
            return out;
        }

        void clear() {
            started.clear();
            ended.clear();
            failed.clear();
        }
    }

    @AllDatabases
    void oneContextPerExecutionCarriesTheStatementsFactsAndTheListenersData(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.defaults().name("blog-db"));
        Table notes = new MetaData().table("notes", Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
                Column.of("body", Types.string(20)));
        Recorder recorder = new Recorder();
        try (Connection conn = engine.connect()) {
            notes.create(conn);
            engine.events().addStatementListener(recorder);
            conn.execute(dev.ormkit.sql.Sql.insert(notes), List.of(Map.of("id", 1, "body", "a"), Map.of("id", 2, "body", "b"),
                    Map.of("id", 3, "body", "c")));
            conn.execute(select(notes.c("body")).where(notes.c("id").gt(1)));
            conn.execute(text("SELECT body FROM notes WHERE id = :id"), Map.of("id", 2));
            // last: PostgreSQL refuses anything more in a transaction after an error
            assertThatThrownBy(() -> conn.execute(dev.ormkit.sql.Sql.insert(notes).values(Map.of("id", 1, "body", "dup"))))
                    .isInstanceOf(DatabaseException.class);
        } finally {
            engine.events().removeStatementListener(recorder);
        }
        assertThat(recorder.started).hasSize(4);
        assertThat(recorder.ended).hasSize(3);
        assertThat(recorder.failed).hasSize(1);
        // the very object of the start reaches the end, with what the listener put in it
        assertThat(recorder.ended.get(0)).isSameAs(recorder.started.get(0));
        assertThat(recorder.ended.get(1)).isSameAs(recorder.started.get(1));
        assertThat(recorder.ended.get(2)).isSameAs(recorder.started.get(2));
        assertThat(recorder.failed.get(0)).isSameAs(recorder.started.get(3));
        assertThat(recorder.started.get(1).getAttribute("started", Integer.class)).isEqualTo(1);
        assertThat(recorder.started).allSatisfy(e -> {
            assertThat(e.engineName()).isEqualTo("blog-db");
            assertThat(e.dialect()).isEqualTo(engine.dialect().name());
            assertThat(e.entity()).isNull();
            assertThat(e.durationNanos()).isPositive();
        });

        StatementEvent insert = recorder.started.get(0);
        assertThat(insert.kind()).isEqualTo(StatementKind.INSERT);
        assertThat(insert.origin()).isEqualTo(Origin.CORE);
        assertThat(insert.batchSize()).isEqualTo(3);
        assertThat(insert.rowCount()).isEqualTo(3);
        assertThat(insert.sql()).containsIgnoringCase("INSERT INTO notes");

        StatementEvent query = recorder.started.get(1);
        assertThat(query.kind()).isEqualTo(StatementKind.SELECT);
        assertThat(query.parameters()).containsExactly(1);
        assertThat(query.batchSize()).isEqualTo(1);
        assertThat(query.rowCount()).isEqualTo(2);
        assertThat(query.error()).isNull();

        StatementEvent refused = recorder.started.get(3);
        assertThat(refused.error()).isNotNull();
        assertThat(refused.rowCount()).isEqualTo(-1);
        assertThat(refused.parameters()).contains(1, "dup");

        StatementEvent raw = recorder.started.get(2);
        assertThat(raw.origin()).isEqualTo(Origin.RAW_SQL);
        assertThat(raw.rowCount()).isEqualTo(1);
    }

    @AllDatabases
    void theOrmTagsEachStatementWithItsOriginAndEntity(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(3, 2);
        Recorder recorder = new Recorder();
        SessionFactory sessions = data.sessions();
        data.engine.events().addStatementListener(recorder);
        try (Session session = sessions.open()) {
            List<User> users = session.query(User.class).orderBy(User_.username).all();
            assertThat(recorder.origins()).containsExactly(Origin.QUERY);
            assertThat(recorder.started.get(0).entity()).isEqualTo(User.class);
            recorder.clear();

            users.get(0).getPosts().size();
            assertThat(recorder.origins()).containsExactly(Origin.LAZY_LOAD);
            assertThat(recorder.started.get(0).entity()).isEqualTo(Post.class);
            recorder.clear();

            Post post = users.get(0).getPosts().get(0);
            Post second = users.get(0).getPosts().get(1);
            Long secondId = second.getId();
            session.expunge(second);
            Post other = session.get(Post.class, secondId);
            assertThat(other).isNotNull();
            assertThat(recorder.started).isNotEmpty().allSatisfy(e -> {
                assertThat(e.origin()).isEqualTo(Origin.GET);
                assertThat(e.entity()).isEqualTo(Post.class);
            });
            recorder.clear();

            post.setTitle("changed");
            session.flush();
            assertThat(recorder.origins()).containsExactly(Origin.FLUSH);
            assertThat(recorder.started.get(0).entity()).isEqualTo(Post.class);
            assertThat(recorder.started.get(0).kind()).isEqualTo(StatementKind.UPDATE);
            recorder.clear();

            session.query(User.class).options(selectinLoad(User_.posts)).all();
            assertThat(recorder.origins()).containsExactly(Origin.QUERY, Origin.EAGER_LOAD);
            assertThat(recorder.started.get(1).entity()).isEqualTo(Post.class);
            recorder.clear();

            long n = session.query(Post.class).filterBy("title", "no such title").delete();
            assertThat(n).isZero();
            assertThat(recorder.started).isNotEmpty().allSatisfy(e -> assertThat(e.origin()).isEqualTo(Origin.BULK));
            assertThat(recorder.started).extracting(StatementEvent::kind).contains(StatementKind.DELETE);
        } finally {
            data.engine.events().removeStatementListener(recorder);
        }
    }

    @AllDatabases
    void statementCounterCountsByOrigin(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(4, 1);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            for (User u : session.query(User.class).all()) {
                u.getPosts().size();
            }
            assertThat(counter.count(Origin.QUERY)).isEqualTo(1);
            assertThat(counter.count(Origin.LAZY_LOAD)).isEqualTo(4);
            assertThat(counter.selects()).isEqualTo(5);
        }
    }

    @AllDatabases
    void lazyLoadsNameTheCallerOutsideTheConfiguredFrameworkPackages(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(2, 1);
        List<LazyLoadEvent> lazy = Collections.synchronizedList(new ArrayList<>());
        OrmListener listener = new OrmListener() {
            @Override
            public void onLazyLoad(LazyLoadEvent event) {
                lazy.add(event);
            }
        };
        data.engine.events().addOrmListener(listener);
        try {
            SessionFactory plain = data.sessions();
            SessionFactory layered = data.builder().frameworkPackages(PostsReader.class.getPackageName() + ".").build();
            assertThat(layered.frameworkPackages()).contains("org.springframework.", PostsReader.class.getPackageName() + ".");
            try (Session session = plain.open()) {
                PostsReader.postsOf(session.query(User.class).first());
            }
            try (Session session = layered.open()) {
                PostsReader.postsOf(session.query(User.class).first());
            }
        } finally {
            data.engine.events().removeOrmListener(listener);
        }
        assertThat(lazy).hasSize(2);
        assertThat(lazy.get(0).location()).startsWith(PostsReader.class.getName() + ".postsOf");
        assertThat(lazy.get(1).location())
                .startsWith(StatementContextTest.class.getName() + ".lazyLoadsNameTheCallerOutsideTheConfiguredFrameworkPackages");
        assertThat(lazy.get(1).entity()).isEqualTo(User.class.getName());
        assertThat(lazy.get(1).durationNanos()).isPositive();
    }
}
