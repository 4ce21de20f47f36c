package dev.ormkit.bench;

import static dev.ormkit.bench.jooq.Tables.*;
import static dev.ormkit.sql.Sql.select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.ormkit.bench.enhanced.EnhancedPost;
import dev.ormkit.bench.jooq.JooqMapping;
import dev.ormkit.bench.jooq.JooqState;
import dev.ormkit.bench.jpa.HibernateState;
import dev.ormkit.bench.jpa.JpaPost;
import dev.ormkit.bench.model.BasePost;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.JdbcMapping;
import dev.ormkit.bench.support.OrmkitBaseState;
import dev.ormkit.bench.support.OrmkitEnhancedState;
import dev.ormkit.bench.support.OrmkitState;
import dev.ormkit.engine.Row;
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

/** Workload 2: read a whole table of 10,000 posts into objects. */
@Workload(number = 2, title = "Load 10,000 posts as entities",
        description = "`SELECT` of all 10,000 rows of `posts`, each turned into a `Post` object, in a fresh session or connection.",
        target = 1.2)
// one fork, as BenchmarkReport runs it, also when JMH's own main runs the class
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Iterations.WARMUP, time = Iterations.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Iterations.MEASURED, time = Iterations.MEASURED_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LoadPostsBenchmark {
    /** Rows in the table. */
    public static final int ROWS = 10_000;

    /** Fills the table once per trial. */
    @Setup(Level.Trial)
    public void fill(BenchDatabase db) throws SQLException {
        Fixtures.insertPosts(db.dataSource(), ROWS);
    }

    @Benchmark
    @Variant(value = Implementation.JDBC, baseline = true, note = "prepared statement, columns read by position")
    public List<Post> jdbc(BenchDatabase db) throws SQLException {
        try (Connection conn = db.dataSource().getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts");
             ResultSet rs = ps.executeQuery()) {
            List<Post> posts = new ArrayList<>(ROWS);
            while (rs.next()) {
                posts.add(JdbcMapping.post(rs, 1));
            }
            return Checks.size(posts, ROWS);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, note = "`session.query(Post.class).all()` in a new session")
    public List<Post> ormkit(OrmkitState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return Checks.size(session.query(Post.class).all(), ROWS);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_BASE, note = "the same, `BasePost extends Base`: the state in a field, no registry")
    public List<BasePost> ormkitBase(OrmkitBaseState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return Checks.size(session.query(BasePost.class).all(), ROWS);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_ENHANCED, note = "the same, `EnhancedPost` enhanced by the build: the state in a field, no registry")
    public List<EnhancedPost> ormkitEnhanced(OrmkitEnhancedState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return Checks.size(session.query(EnhancedPost.class).all(), ROWS);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE, note = "`conn.execute(select(posts)).all()`, rows mapped by hand")
    public List<Post> ormkitCore(OrmkitState ormkit) {
        try (var conn = ormkit.engine().connect()) {
            List<Post> posts = new ArrayList<>(ROWS);
            for (Row row : conn.execute(select(OrmkitState.POSTS))) {
                posts.add(OrmkitState.post(row));
            }
            return Checks.size(posts, ROWS);
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, note = "HQL `from JpaPost` in a new session, read-only (no dirty-checking snapshots)")
    public List<JpaPost> hibernate(HibernateState hibernate) {
        try (Session session = hibernate.sessions().openSession()) {
            session.setDefaultReadOnly(true);
            return Checks.size(session.createSelectionQuery("from JpaPost", JpaPost.class).getResultList(), ROWS);
        }
    }

    @Benchmark
    @Variant(value = Implementation.JOOQ, note = "`select(...).from(POSTS).fetch(mapper)`")
    public List<Post> jooq(JooqState jooq) {
        return Checks.size(jooq.dsl().select(POST_FIELDS).from(POSTS).fetch(JooqMapping::post), ROWS);
    }
}
