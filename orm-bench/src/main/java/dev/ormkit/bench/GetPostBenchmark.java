package dev.ormkit.bench;

import static dev.ormkit.bench.jooq.Tables.*;
import static dev.ormkit.sql.Sql.select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import dev.ormkit.bench.jooq.JooqMapping;
import dev.ormkit.bench.jooq.JooqState;
import dev.ormkit.bench.jpa.HibernateState;
import dev.ormkit.bench.jpa.JpaPost;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.JdbcMapping;
import dev.ormkit.bench.support.KeyCycle;
import dev.ormkit.bench.support.OrmkitState;
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
 * Workload 3: one post by primary key, in a fresh session (or connection) each time. The keys
 * walk through the whole table, so no cache but the database's own can answer.
 */
@Workload(number = 3, title = "Get one post by primary key",
        description = "Open a session (or borrow a connection), read one `Post` by id, close; ids cycle through 10,000 rows.",
        target = 1.3)
// one fork, as BenchmarkReport runs it, also when JMH's own main runs the class
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Iterations.WARMUP, time = Iterations.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Iterations.MEASURED, time = Iterations.MEASURED_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class GetPostBenchmark {
    /** Rows in the table. */
    public static final int ROWS = 10_000;

    private KeyCycle ids;

    /** Fills the table once per trial. */
    @Setup(Level.Trial)
    public void fill(BenchDatabase db) throws SQLException {
        Fixtures.insertPosts(db.dataSource(), ROWS);
        ids = new KeyCycle(Fixtures.ids(db.dataSource(), "posts"));
    }

    private long nextId() {
        return ids.next();
    }

    @Benchmark
    @Variant(value = Implementation.JDBC, baseline = true, note = "borrow a connection, prepared `SELECT ... WHERE id = ?`")
    public Post jdbc(BenchDatabase db) throws SQLException {
        long id = nextId();
        try (Connection conn = db.dataSource().getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Checks.that(rs.next(), "post " + id + " exists");
                return JdbcMapping.post(rs, 1);
            }
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, note = "`session.get(Post.class, id)` in a new session")
    public Post ormkit(OrmkitState ormkit) {
        long id = nextId();
        try (var session = ormkit.sessions().open()) {
            Post post = session.get(Post.class, id);
            Checks.that(post != null, "post " + id + " exists");
            return post;
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE, note = "`conn.execute(select(posts).where(posts.c(\"id\").eq(id))).one()`")
    public Post ormkitCore(OrmkitState ormkit) {
        long id = nextId();
        try (var conn = ormkit.engine().connect()) {
            return OrmkitState.post(conn.execute(select(OrmkitState.POSTS).where(OrmkitState.POSTS_ID.eq(id))).one());
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, note = "`find(JpaPost.class, id)` in a new session")
    public JpaPost hibernate(HibernateState hibernate) {
        long id = nextId();
        try (Session session = hibernate.sessions().openSession()) {
            JpaPost post = session.find(JpaPost.class, id);
            Checks.that(post != null, "post " + id + " exists");
            return post;
        }
    }

    @Benchmark
    @Variant(value = Implementation.JOOQ, note = "`select(...).from(POSTS).where(POSTS_ID.eq(id)).fetchSingle(mapper)`")
    public Post jooq(JooqState jooq) {
        long id = nextId();
        return jooq.dsl().select(POST_FIELDS).from(POSTS).where(POSTS_ID.eq(id)).fetchSingle(JooqMapping::post);
    }
}
