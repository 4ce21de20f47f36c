package dev.ormkit.bench;

import static dev.ormkit.sql.Sql.select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.ormkit.bench.jpa.HibernateState;
import dev.ormkit.bench.jpa.JpaUser;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.JdbcMapping;
import dev.ormkit.bench.support.OrmkitState;
import dev.ormkit.engine.Row;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 6: the data of workload 4, with each user's posts loaded when the loop reaches the
 * user. "lazy" is the N+1 pattern (one query per user); "batch" loads the posts of the next
 * {@value #BATCH_SIZE} users at a time. jOOQ has no lazy loading, so it sits this one out.
 */
@Workload(number = 6, title = "1,000 users with 10 posts each, lazy loading in a loop",
        description = "Load all users, then walk them and touch each one's posts. **lazy**: one posts query per user (N+1, "
                + "1,001 queries). **batch**: the posts of " + LazyLoadBenchmark.BATCH_SIZE + " users per query (11 queries).",
        groups = {"lazy", "batch"}, target = 1.5)
// one fork, as BenchmarkReport runs it, also when JMH's own main runs the class
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Iterations.WARMUP, time = Iterations.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Iterations.MEASURED, time = Iterations.MEASURED_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LazyLoadBenchmark {
    /** Users in the table. */
    public static final int USER_COUNT = UsersWithPostsBenchmark.USER_COUNT;
    /** Posts per user. */
    public static final int POSTS_EACH = UsersWithPostsBenchmark.POSTS_EACH;
    /** Users whose posts one batch query loads. */
    public static final int BATCH_SIZE = 100;

    private static final String USERS_SQL = "SELECT " + JdbcMapping.USER_COLUMNS + " FROM users ORDER BY id";
    private static final String POSTS_OF_USER_SQL = "SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts WHERE user_id = ?";

    /** Fills the tables once per trial. */
    @Setup(Level.Trial)
    public void fill(BenchDatabase db) throws SQLException {
        Fixtures.insertUsersWithPosts(db.dataSource(), USER_COUNT, POSTS_EACH);
    }

    /** A second ormkit session factory, with batch lazy loading of {@value #BATCH_SIZE}. */
    @State(Scope.Benchmark)
    public static class BatchLazySessions {
        @Nullable SessionFactory sessions;

        @Setup(Level.Trial)
        public void start(OrmkitState ormkit) {
            sessions = SessionFactory.builder(ormkit.engine()).metadata(MetaData.of(User.class, Post.class))
                    .lazyLoadBatchSize(BATCH_SIZE).build();
        }
    }

    // ---- lazy: one query per user

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "lazy", baseline = true,
            note = "users, then one prepared statement re-executed per user")
    public int lazyJdbc(BenchDatabase db) throws SQLException {
        try (Connection conn = db.dataSource().getConnection()) {
            List<User> users = users(conn);
            int posts = 0;
            try (PreparedStatement ps = conn.prepareStatement(POSTS_OF_USER_SQL)) {
                for (User u : users) {
                    ps.setLong(1, u.getId());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            u.addPost(JdbcMapping.post(rs, 1));
                        }
                    }
                    posts += u.getPosts().size();
                }
            }
            return checked(posts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "lazy",
            note = "`session.query(User.class).orderBy(\"id\").all()`, then `getPosts().size()` per user: a lazy load each")
    public int lazyOrmkit(OrmkitState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return checked(touchPosts(session));
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE, group = "lazy",
            note = "`select(users)`, then `select(posts).where(user_id.eq(id))` per user")
    public int lazyOrmkitCore(OrmkitState ormkit) {
        try (var conn = ormkit.engine().connect()) {
            List<User> users = new ArrayList<>(USER_COUNT);
            for (Row row : conn.execute(select(OrmkitState.USERS).orderBy(OrmkitState.USERS_ID.asc()))) {
                users.add(OrmkitState.user(row));
            }
            int posts = 0;
            for (User u : users) {
                for (Row row : conn.execute(select(OrmkitState.POSTS).where(OrmkitState.POSTS_USER_ID.eq(u.getId())))) {
                    u.addPost(OrmkitState.post(row));
                }
                posts += u.getPosts().size();
            }
            return checked(posts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, group = "lazy",
            note = "lazy `@OneToMany`, no batch fetching: `getPosts().size()` runs a query per user; read-only session")
    public int lazyHibernate(HibernateState hibernate) {
        try (Session session = hibernate.sessions().openSession()) {
            session.setDefaultReadOnly(true);
            return checked(touchPosts(session));
        }
    }

    // ---- batch: the posts of BATCH_SIZE users per query

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "batch", baseline = true,
            note = "users, then `WHERE user_id IN (?, ... 100)` per 100 users")
    public int batchJdbc(BenchDatabase db) throws SQLException {
        try (Connection conn = db.dataSource().getConnection()) {
            List<User> users = users(conn);
            int posts = 0;
            String sql = "SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts WHERE user_id IN ("
                    + UsersWithPostsBenchmark.placeholders(BATCH_SIZE) + ")";
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                for (int from = 0; from < users.size(); from += BATCH_SIZE) {
                    List<User> batch = users.subList(from, Math.min(users.size(), from + BATCH_SIZE));
                    Map<Long, User> byId = new HashMap<>(BATCH_SIZE * 2);
                    int i = 1;
                    for (User u : batch) {
                        byId.put(u.getId(), u);
                        ps.setLong(i++, u.getId());
                    }
                    // a short last batch repeats its last id, so one statement serves every batch
                    for (long last = batch.get(batch.size() - 1).getId(); i <= BATCH_SIZE; i++) {
                        ps.setLong(i, last);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Post p = JdbcMapping.post(rs, 1);
                            byId.get(p.getUserId()).addPost(p);
                        }
                    }
                }
            }
            for (User u : users) {
                posts += u.getPosts().size();
            }
            return checked(posts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "batch",
            note = "as lazy, with `SessionFactory.builder(...).lazyLoadBatchSize(100)`")
    public int batchOrmkit(BatchLazySessions batch) {
        SessionFactory sessions = batch.sessions;
        Checks.that(sessions != null, "the session factory is built");
        try (var session = sessions.open()) {
            return checked(touchPosts(session));
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE, group = "batch",
            note = "`select(users)`, then `select(posts).where(user_id.in(ids))` per 100 users")
    public int batchOrmkitCore(OrmkitState ormkit) {
        try (var conn = ormkit.engine().connect()) {
            List<User> users = new ArrayList<>(USER_COUNT);
            for (Row row : conn.execute(select(OrmkitState.USERS).orderBy(OrmkitState.USERS_ID.asc()))) {
                users.add(OrmkitState.user(row));
            }
            for (int from = 0; from < users.size(); from += BATCH_SIZE) {
                Map<Long, User> byId = new HashMap<>(BATCH_SIZE * 2);
                for (User u : users.subList(from, Math.min(users.size(), from + BATCH_SIZE))) {
                    byId.put(u.getId(), u);
                }
                for (Row row : conn.execute(select(OrmkitState.POSTS).where(OrmkitState.POSTS_USER_ID.in(byId.keySet())))) {
                    Post p = OrmkitState.post(row);
                    byId.get(p.getUserId()).addPost(p);
                }
            }
            int posts = 0;
            for (User u : users) {
                posts += u.getPosts().size();
            }
            return checked(posts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, group = "batch",
            note = "batch fetching of 100 (`setFetchBatchSize`): touching one collection loads the next 100; read-only session")
    public int batchHibernate(HibernateState hibernate) {
        try (Session session = hibernate.sessions().openSession()) {
            session.setDefaultReadOnly(true);
            session.setFetchBatchSize(BATCH_SIZE);
            return checked(touchPosts(session));
        }
    }

    private static List<User> users(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(USERS_SQL); ResultSet rs = ps.executeQuery()) {
            List<User> users = new ArrayList<>(USER_COUNT);
            while (rs.next()) {
                users.add(JdbcMapping.user(rs, 1));
            }
            return users;
        }
    }

    private static int touchPosts(Session session) {
        int posts = 0;
        for (JpaUser u : session.createSelectionQuery("from JpaUser u order by u.id", JpaUser.class).getResultList()) {
            posts += u.getPosts().size();
        }
        return posts;
    }

    private static int touchPosts(dev.ormkit.orm.Session session) {
        int posts = 0;
        for (User u : session.query(User.class).orderBy("id").all()) {
            posts += u.getPosts().size();
        }
        return posts;
    }

    private static int checked(int posts) {
        Checks.that(posts == USER_COUNT * POSTS_EACH, "every post loaded (found " + posts + ")");
        return posts;
    }
}
