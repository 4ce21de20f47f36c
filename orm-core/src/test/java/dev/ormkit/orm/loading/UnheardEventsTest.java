package dev.ormkit.orm.loading;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.FlushContext;
import dev.ormkit.event.LazyLoadEvent;
import dev.ormkit.event.Origin;
import dev.ormkit.event.OrmListener;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.model.Post;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * With no listener registered, a statement, a lazy load and a flush build no event object (no
 * context, no call-site stack walk, no clock reads for it): each decides once, at its start,
 * whether anyone listens. A listener registered while one of them runs therefore hears nothing
 * of it, only of the next one; were the event built whether or not anyone listened, the late
 * listener would be told of the end of the operation it never saw start.
 */
class UnheardEventsTest {

    /** Records ORM events. */
    static final class OrmRecorder implements OrmListener {
        final List<String> log = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onLazyLoad(LazyLoadEvent event) {
            log.add("lazy " + event.relation());
        }

        @Override
        public void onFlushStart(FlushContext flush) {
            log.add("flush start");
        }

        @Override
        public void onFlushEnd(FlushContext flush) {
            log.add("flush end " + flush.updatedRows());
        }
    }

    /** Registers {@code late} on the engine at the first statement of {@code origin}, and only then. */
    static StatementListener registering(Engine engine, Origin origin, OrmListener late) {
        AtomicBoolean done = new AtomicBoolean();
        return new StatementListener() {
            @Override
            public void onStatementStart(StatementEvent event) {
                if (event.origin() == origin && done.compareAndSet(false, true)) {
                    engine.events().addOrmListener(late);
                }
            }
        };
    }

    @AllDatabases
    void aLazyLoadThatStartedUnheardReportsNothing(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(2, 2);
        OrmRecorder late = new OrmRecorder();
        data.engine.events().addStatementListener(registering(data.engine, Origin.LAZY_LOAD, late));
        try (Session session = data.sessions().open()) {
            List<User> users = session.query(User.class).orderBy(User_.username).all();
            assertThat(users.get(0).getPosts()).hasSize(2);
            assertThat(late.log).as("the lazy load during which the listener came").isEmpty();
            assertThat(users.get(1).getPosts()).hasSize(2);
            assertThat(late.log).containsExactly("lazy posts");
        } finally {
            data.engine.events().removeOrmListener(late);
        }
    }

    @AllDatabases
    void aFlushThatStartedUnheardReportsNothing(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(1, 2);
        OrmRecorder late = new OrmRecorder();
        data.engine.events().addStatementListener(registering(data.engine, Origin.FLUSH, late));
        try (Session session = data.sessions().open()) {
            List<Post> posts = session.query(Post.class).all();
            posts.get(0).setTitle("first change");
            session.flush();
            assertThat(late.log).as("the flush during which the listener came").isEmpty();
            posts.get(1).setTitle("second change");
            session.flush();
            assertThat(late.log).containsExactly("flush start", "flush end 1");
        } finally {
            data.engine.events().removeOrmListener(late);
        }
    }

    @Test
    void aStatementThatStartedUnheardReportsNothing() {
        try (Engine pool = Engine.create("h2:mem:unheard_" + System.nanoTime())) {
            List<String> heard = Collections.synchronizedList(new ArrayList<>());
            StatementListener late = new StatementListener() {
                @Override
                public void onStatementStart(StatementEvent event) {
                    heard.add("start " + event.sql());
                }

                @Override
                public void onStatementEnd(StatementEvent event) {
                    heard.add("end " + event.sql());
                }
            };
            AtomicReference<Engine> engine = new AtomicReference<>();
            AtomicBoolean register = new AtomicBoolean();
            engine.set(Engine.of(preparing(pool.dataSource(), () -> {
                if (register.getAndSet(false)) {
                    engine.get().events().addStatementListener(late); // mid-statement: after it decided
                }
            })));
            try (Connection conn = engine.get().connect()) {
                register.set(true);
                assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
                assertThat(heard).as("the statement during which the listener came").isEmpty();
                assertThat(conn.execute(text("SELECT 2")).scalar(Integer.class)).isEqualTo(2);
            }
            assertThat(heard).containsExactly("start SELECT 2", "end SELECT 2");
        }
    }

    /** {@code source}'s connections, running {@code hook} whenever a statement is being prepared. */
    static DataSource preparing(DataSource source, Runnable hook) {
        return (DataSource) Proxy.newProxyInstance(UnheardEventsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, source, args);
                    if (method.getName().equals("getConnection")) {
                        java.sql.Connection real = (java.sql.Connection) result;
                        return Proxy.newProxyInstance(UnheardEventsTest.class.getClassLoader(),
                                new Class<?>[] {java.sql.Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("prepareStatement")) {
                                        hook.run();
                                    }
                                    return invoke(m, real, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
