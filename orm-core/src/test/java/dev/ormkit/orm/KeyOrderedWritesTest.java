package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import dev.ormkit.engine.Engine;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.model.User;
import dev.ormkit.schema.MetaData;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/**
 * A flush UPDATEs and DELETEs the rows of one batch in primary key order, whatever order the
 * objects were loaded, changed or deleted in: two transactions changing the same rows then lock
 * them in the same order, and the statements do not depend on identity hash codes.
 */
class KeyOrderedWritesTest {
    private static final int USERS = 300;

    /**
     * The parameters of each row sent by the UPDATE or DELETE statements on {@code users} and
     * {@code bins}, in the order the JDBC driver was handed them; the key columns come last.
     */
    private final List<List<Object>> rowsSent = Collections.synchronizedList(new ArrayList<>());

    /** A row keyed by two columns. */
    @Table("bins")
    static class Bin {
        @Column(primaryKey = true, length = 10) String aisle;
        @Column(primaryKey = true) Integer slot;
        @Column Integer quantity;

        protected Bin() {
        }

        Bin(String aisle, Integer slot) {
            this.aisle = aisle;
            this.slot = slot;
            this.quantity = 0;
        }
    }

    @AllDatabases
    void changedObjectsAreUpdatedInKeyOrder(TestDatabase db) {
        SessionFactory sessions = usersIn(db);
        try (Session session = sessions.open()) {
            List<User> users = session.query(User.class).orderBy("username").all(); // not key order
            assertThat(users).hasSize(USERS);
            for (User u : users) {
                u.setEmail("renamed-" + u.getEmail());
            }
            rowsSent.clear();
            session.commit();
        }
        assertThat(keysSent()).hasSize(USERS).isSortedAccordingTo(KeyOrderedWritesTest::compareKeys);
        try (Session session = sessions.open()) {
            assertThat(session.query(User.class).all()).allSatisfy(u -> assertThat(u.getEmail()).startsWith("renamed-"));
        }
    }

    @AllDatabases
    void deletedObjectsAreDeletedInKeyOrder(TestDatabase db) {
        SessionFactory sessions = usersIn(db);
        try (Session session = sessions.open()) {
            List<User> users = session.query(User.class).orderBy("username").all();
            Collections.shuffle(users, new Random(7));
            for (User u : users) {
                session.delete(u);
            }
            rowsSent.clear();
            session.commit();
        }
        assertThat(keysSent()).hasSize(USERS).isSortedAccordingTo(KeyOrderedWritesTest::compareKeys);
        try (Session session = sessions.open()) {
            assertThat(session.query(User.class).all()).isEmpty();
        }
    }

    /**
     * Two sessions change the same rows and commit at once. Each UPDATE takes its row's lock
     * until the transaction ends; in key order the second waits for the first at the first row
     * and then goes on. In the order of each session's identity hash codes, which differ between
     * sessions, each would hold a row the other waits for: a deadlock, and one of them fails.
     */
    @AllDatabases
    void concurrentFlushesOfTheSameRowsDoNotDeadlock(TestDatabase db) throws Exception {
        assumeTrue(db.kind() != DatabaseKind.SQLITE, "SQLite has no row locks: one writer holds the whole database");
        SessionFactory sessions = usersIn(db);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CyclicBarrier bothChanged = new CyclicBarrier(2);
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    String mark = "round" + round + "-writer" + w + "-";
                    writers.add(pool.submit(() -> {
                        try (Session session = sessions.open()) {
                            for (User u : session.query(User.class).all()) {
                                u.setPasswordHash(mark + u.getId());
                            }
                            bothChanged.await(30, TimeUnit.SECONDS);
                            session.commit();
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get(60, TimeUnit.SECONDS); // a deadlock victim's exception would come out here
                }
                try (Session session = sessions.open()) {
                    List<User> users = session.query(User.class).all();
                    String winner = users.get(0).getPasswordHash().replaceAll("-\\d+$", "-");
                    assertThat(users).as("one writer's values on every row: the later commit overwrote the earlier whole")
                            .allSatisfy(u -> assertThat(u.getPasswordHash()).isEqualTo(winner + u.getId()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @AllDatabases
    void rowsOfACompositeKeyAreWrittenInTheOrderOfItsColumns(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = MetaData.of(Bin.class);
        metadata.createAll(engine);
        List<Bin> bins = new ArrayList<>();
        for (int aisle = 1; aisle <= 10; aisle++) {
            for (int slot = 1; slot <= 30; slot++) {
                bins.add(new Bin(String.format("a%02d", aisle), slot));
            }
        }
        Collections.shuffle(bins, new Random(3));
        SessionFactory sessions = SessionFactory.builder(Engine.of(recording(engine.dataSource())))
                .metadata(metadata).build();
        try (Session session = sessions.open()) {
            session.addAll(bins);
            session.commit();
        }
        try (Session session = sessions.open()) {
            List<Bin> loaded = session.query(Bin.class).orderBy("quantity").all();
            for (Bin b : loaded) {
                b.quantity = b.slot * 2;
            }
            rowsSent.clear();
            session.commit();
        }
        List<String> written = new ArrayList<>();
        for (List<Object> keys : lastValues(2)) {
            written.add(keys.get(0) + "/" + String.format("%02d", ((Number) keys.get(1)).intValue()));
        }
        assertThat(written).hasSize(300).isSorted();
        try (Session session = sessions.open()) {
            assertThat(session.query(Bin.class).all()).allSatisfy(b -> assertThat(b.quantity).isEqualTo(b.slot * 2));
        }
    }

    /** The last parameter of every row sent: a single-column key. */
    private List<Object> keysSent() {
        List<Object> out = new ArrayList<>();
        for (List<Object> row : lastValues(1)) {
            out.add(row.get(0));
        }
        return out;
    }

    /** The last {@code n} parameters of every row sent. */
    private List<List<Object>> lastValues(int n) {
        List<List<Object>> out = new ArrayList<>();
        synchronized (rowsSent) {
            for (List<Object> row : rowsSent) {
                out.add(List.copyOf(row.subList(row.size() - n, row.size())));
            }
        }
        return out;
    }

    /** Users whose names sort in another order than their keys, and a session factory that sees what is sent. */
    private SessionFactory usersIn(TestDatabase db) {
        Blog blog = new Blog(db);
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            names.add(i);
        }
        Collections.shuffle(names, new Random(42));
        try (Session session = blog.sessions.open()) {
            for (int n : names) {
                session.add(Blog.user("user" + String.format("%03d", n)));
            }
            session.commit();
        }
        Engine recorded = Engine.of(recording(blog.engine.dataSource()));
        return SessionFactory.builder(recorded).metadata(blog.metadata).build();
    }

    private static int compareKeys(Object a, Object b) {
        return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }

    private DataSource recording(DataSource source) {
        return proxy(DataSource.class, source, (method, result, args) ->
                method.getName().equals("getConnection")
                        ? proxy(java.sql.Connection.class, result, (m, r, a) ->
                                m.getName().equals("prepareStatement") && isUserWrite((String) a[0])
                                        ? proxy(PreparedStatement.class, r, new RowParameters()) : r)
                        : result);
    }

    private static boolean isUserWrite(String sql) {
        String s = sql.replace("\"", "").replace("`", "");
        return s.startsWith("UPDATE users ") || s.startsWith("DELETE FROM users ") || s.startsWith("UPDATE bins ");
    }

    /** Records the parameters of each row a statement sends, in parameter order. */
    private final class RowParameters implements Wrapping {
        private final Map<Integer, Object> row = new TreeMap<>();

        @Override
        public Object wrap(Method method, Object result, Object[] args) {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                row.put(i, args[1]);
            } else if (name.equals("addBatch") || name.equals("executeUpdate") || name.equals("execute")) {
                rowsSent.add(new ArrayList<>(row.values()));
            }
            return result;
        }
    }

    /** What a proxy does with a call's result (the call itself always goes to the real object). */
    private interface Wrapping {
        Object wrap(Method method, Object result, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Object target, Wrapping wrapping) {
        return type.cast(Proxy.newProxyInstance(KeyOrderedWritesTest.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return wrapping.wrap(method, result, args);
                }));
    }
}
