package dev.ormkit.bench;

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
import dev.ormkit.bench.jpa.JpaPost;
import dev.ormkit.bench.jpa.JpaUser;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.JdbcMapping;
import dev.ormkit.bench.support.OrmkitState;
import dev.ormkit.bench.web.PostReader;
import dev.ormkit.bench.web.SpringWebState;
import org.hibernate.Session;
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
 * Workload 7: what one web request does. <b>get</b>: open a session (or borrow a connection),
 * read one post by key, close. <b>list</b>: a page of 20 users with their posts (select-in
 * loading: two queries). Each plainly, and inside a Spring {@code @Transactional(readOnly = true)}
 * method with the session the starter's wiring injects.
 */
@Workload(number = 7, title = "Web request: one post by key, a page of 20 users with their posts",
        description = "Open a session (or borrow a connection), read, close: plainly, and inside a Spring "
                + "`@Transactional(readOnly = true)` method (`JdbcTransactionManager`, the starter's session proxy).",
        groups = {"get", "list"}, target = 1.5)
// one fork, as BenchmarkReport runs it, also when JMH's own main runs the class
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Iterations.WARMUP, time = Iterations.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Iterations.MEASURED, time = Iterations.MEASURED_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class WebRequestBenchmark {
    /** Users in the table. */
    public static final int USER_COUNT = 1_000;
    /** Posts per user. */
    public static final int POSTS_EACH = 10;

    private long[] postIds = new long[0];
    private long[] userIds = new long[0];
    private int nextPost;
    private int nextPage;

    /** Fills the tables once per trial. */
    @Setup(Level.Trial)
    public void fill(BenchDatabase db) throws SQLException {
        Fixtures.insertUsersWithPosts(db.dataSource(), USER_COUNT, POSTS_EACH);
        postIds = Fixtures.ids(db.dataSource(), "posts");
        userIds = Fixtures.ids(db.dataSource(), "users");
    }

    private long nextPostId() {
        long id = postIds[nextPost];
        nextPost = nextPost + 1 == postIds.length ? 0 : nextPost + 1;
        return id;
    }

    /** The id the next page starts after: pages walk the whole table. */
    private long nextPageStart() {
        int start = nextPage;
        nextPage = nextPage + PostReader.PAGE >= userIds.length ? 0 : nextPage + PostReader.PAGE;
        return start == 0 ? 0 : userIds[start - 1];
    }

    // ---- get: one post by key

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "get", baseline = true,
            note = "borrow a connection (auto-commit), prepared `SELECT ... WHERE id = ?`, give it back")
    public Post getJdbc(BenchDatabase db) throws SQLException {
        long id = nextPostId();
        try (Connection conn = db.dataSource().getConnection(); PreparedStatement ps = conn.prepareStatement(
                "SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Checks.that(rs.next(), "post " + id + " exists");
                return JdbcMapping.post(rs, 1);
            }
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "get", note = "`sessions.open()`, `session.get(Post.class, id)`, close")
    public Post getOrmkit(OrmkitState ormkit) {
        long id = nextPostId();
        try (var session = ormkit.sessions().open()) {
            Post post = session.get(Post.class, id);
            Checks.that(post != null, "post " + id + " exists");
            return post;
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, group = "get", note = "`openSession()`, `find(JpaPost.class, id)`, close")
    public JpaPost getHibernate(HibernateState hibernate) {
        long id = nextPostId();
        try (Session session = hibernate.sessions().openSession()) {
            JpaPost post = session.find(JpaPost.class, id);
            Checks.that(post != null, "post " + id + " exists");
            return post;
        }
    }

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "get",
            note = "`@Transactional(readOnly = true)` method: `jdbcTemplate.queryForObject(...)`")
    public Post getJdbcReadOnlyTx(SpringWebState spring) {
        return spring.reader().jdbcGet(nextPostId());
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "get",
            note = "`@Transactional(readOnly = true)` method: `session.get(Post.class, id)` on the injected session")
    public Post getOrmkitReadOnlyTx(SpringWebState spring) {
        long id = nextPostId();
        Post post = spring.reader().ormkitGet(id);
        Checks.that(post != null, "post " + id + " exists");
        return post;
    }

    // ---- list: a page of 20 users with their posts

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "list", baseline = true,
            note = "one connection: users `WHERE id > ? ORDER BY id LIMIT 20`, then their posts `WHERE user_id IN (...)`")
    public List<User> listJdbc(BenchDatabase db) throws SQLException {
        long after = nextPageStart();
        try (Connection conn = db.dataSource().getConnection()) {
            List<User> users = new ArrayList<>(PostReader.PAGE);
            Map<Long, User> byId = new HashMap<>(PostReader.PAGE * 2);
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + JdbcMapping.USER_COLUMNS
                    + " FROM users WHERE id > ? ORDER BY id LIMIT " + PostReader.PAGE)) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        User u = JdbcMapping.user(rs, 1);
                        users.add(u);
                        byId.put(u.getId(), u);
                    }
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + JdbcMapping.POST_COLUMNS
                    + " FROM posts WHERE user_id IN (" + UsersWithPostsBenchmark.placeholders(users.size()) + ") ORDER BY id")) {
                int i = 1;
                for (User u : users) {
                    ps.setLong(i++, u.getId());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Post p = JdbcMapping.post(rs, 1);
                        byId.get(p.getUserId()).addPost(p);
                    }
                }
            }
            return checked(users);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "list",
            note = "`session.query(User.class).options(selectinLoad(User_.posts)).filter(User_.id.gt(after)).orderBy(\"id\").limit(20).all()`")
    public List<User> listOrmkit(OrmkitState ormkit) {
        long after = nextPageStart();
        try (var session = ormkit.sessions().open()) {
            return checked(PostReader.ormkitPage(session, after));
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, group = "list",
            note = "HQL `from JpaUser u where u.id > :after order by u.id` limit 20, batch fetching of 20 for the posts; read-only session")
    public List<JpaUser> listHibernate(HibernateState hibernate) {
        long after = nextPageStart();
        try (Session session = hibernate.sessions().openSession()) {
            session.setDefaultReadOnly(true);
            session.setFetchBatchSize(PostReader.PAGE);
            List<JpaUser> users = session.createSelectionQuery("from JpaUser u where u.id > :after order by u.id", JpaUser.class)
                    .setParameter("after", after).setMaxResults(PostReader.PAGE).getResultList();
            int posts = 0;
            for (JpaUser u : users) {
                posts += u.getPosts().size();
            }
            Checks.that(users.size() == PostReader.PAGE && posts == PostReader.PAGE * POSTS_EACH, "a page with its posts");
            return users;
        }
    }

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "list",
            note = "`@Transactional(readOnly = true)` method: the same two queries through `JdbcTemplate`")
    public List<User> listJdbcReadOnlyTx(SpringWebState spring) {
        return checked(spring.reader().jdbcPage(nextPageStart()));
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "list",
            note = "`@Transactional(readOnly = true)` method: the same query on the injected session")
    public List<User> listOrmkitReadOnlyTx(SpringWebState spring) {
        return checked(spring.reader().ormkitPage(nextPageStart()));
    }

    private static List<User> checked(List<User> users) {
        Checks.size(users, PostReader.PAGE);
        int posts = 0;
        for (User u : users) {
            posts += u.getPosts().size();
        }
        Checks.that(posts == PostReader.PAGE * POSTS_EACH, "every user of the page has its posts (found " + posts + ")");
        return users;
    }
}
