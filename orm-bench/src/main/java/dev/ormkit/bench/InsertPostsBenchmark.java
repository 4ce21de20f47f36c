package dev.ormkit.bench;

import static dev.ormkit.bench.jooq.Tables.*;
import static dev.ormkit.sql.Sql.insert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.ormkit.bench.jooq.JooqState;
import dev.ormkit.bench.jpa.HibernateState;
import dev.ormkit.bench.jpa.JpaPost;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.OrmkitState;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import org.hibernate.Session;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 1: insert 100,000 new posts in one transaction. One operation is long (a second or
 * more), so each iteration is a single shot on an emptied table with fresh objects.
 */
@Workload(number = 1, title = "Insert 100,000 posts",
        description = "100,000 new `Post` objects written in one transaction; the table is emptied before each operation.",
        target = 1.3)
// one fork, as BenchmarkReport runs it, also when JMH's own main runs the class
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Iterations.INSERT_WARMUP)
@Measurement(iterations = Iterations.INSERT_MEASURED)
@State(Scope.Benchmark)
public class InsertPostsBenchmark {
    /** Rows per operation. */
    public static final int ROWS = 100_000;
    /** Rows per JDBC {@code executeBatch}. */
    static final int JDBC_BATCH = 1_000;

    private static final String INSERT_SQL = "INSERT INTO posts (title, content, user_id, created_at) VALUES (?, ?, ?, ?)";

    /** The objects one operation inserts, new for every iteration, on an emptied table. */
    @State(Scope.Benchmark)
    public static class NewPosts {
        List<Post> posts = List.of();

        @Setup(Level.Iteration)
        public void create(BenchDatabase db) throws SQLException {
            db.deleteAll("posts");
            posts = Fixtures.newPosts(ROWS);
        }

        @TearDown(Level.Iteration)
        public void check(BenchDatabase db) throws SQLException {
            Checks.rowCount(db, "posts", ROWS);
        }
    }

    /** The same for Hibernate's entity class. */
    @State(Scope.Benchmark)
    public static class NewJpaPosts {
        List<JpaPost> posts = List.of();

        @Setup(Level.Iteration)
        public void create(BenchDatabase db) throws SQLException {
            db.deleteAll("posts");
            posts = Fixtures.newJpaPosts(ROWS);
        }

        @TearDown(Level.Iteration)
        public void check(BenchDatabase db) throws SQLException {
            Checks.rowCount(db, "posts", ROWS);
            Checks.that(posts.get(ROWS - 1).getId() != null, "Hibernate assigned the ids");
        }
    }

    @Benchmark
    @Variant(value = Implementation.JDBC, baseline = true,
            note = "batches of 1,000; PostgreSQL driver rewrites them to multi-row INSERTs; ids not read back")
    public int jdbc(BenchDatabase db, NewPosts data) throws SQLException {
        int written = 0;
        try (Connection conn = db.dataSource().getConnection()) {
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(INSERT_SQL)) {
                int pending = 0;
                for (Post p : data.posts) {
                    bind(ps, p);
                    ps.addBatch();
                    if (++pending == JDBC_BATCH) {
                        written += sum(ps.executeBatch());
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    written += sum(ps.executeBatch());
                }
            }
            conn.commit();
        }
        return written;
    }

    @Benchmark
    @Variant(value = Implementation.JDBC, note = "as above, and the generated ids read back into the objects")
    public int jdbcWithIds(BenchDatabase db, NewPosts data) throws SQLException {
        List<Post> posts = data.posts;
        try (Connection conn = db.dataSource().getConnection()) {
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(INSERT_SQL, new String[] {"id"})) {
                for (int from = 0; from < posts.size(); from += JDBC_BATCH) {
                    int to = Math.min(posts.size(), from + JDBC_BATCH);
                    for (int i = from; i < to; i++) {
                        bind(ps, posts.get(i));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        for (int i = from; keys.next(); i++) {
                            posts.get(i).setId(keys.getLong(1));
                        }
                    }
                }
            }
            conn.commit();
        }
        return posts.size();
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, note = "`session.addAll(posts); session.commit()`: ids written back into the objects")
    public int ormkit(OrmkitState ormkit, NewPosts data) {
        try (var session = ormkit.sessions().open()) {
            session.addAll(data.posts);
            session.commit();
        }
        return data.posts.size();
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE,
            note = "`conn.execute(insert(posts), rows)`: multi-row INSERTs, ids read back into the objects")
    public int ormkitCore(OrmkitState ormkit, NewPosts data) {
        List<Post> posts = data.posts;
        List<Map<String, Object>> rows = new ArrayList<>(posts.size());
        for (Post p : posts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", p.getTitle());
            row.put("content", p.getContent());
            row.put("user_id", p.getUserId());
            row.put("created_at", p.getCreatedAt());
            rows.add(row);
        }
        try (var conn = ormkit.engine().connect()) {
            Result result = conn.execute(insert(OrmkitState.POSTS), rows);
            List<Row> keys = result.insertedPrimaryKeys();
            for (int i = 0; i < posts.size(); i++) {
                posts.get(i).setId(keys.get(i).get(0, Long.class));
            }
            conn.commit();
        }
        return posts.size();
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE,
            note = "`persist` each; flush and clear every 50 (the JDBC batch size); pooled sequence ids")
    public int hibernate(HibernateState hibernate, NewJpaPosts data) {
        try (Session session = hibernate.sessions().openSession()) {
            var tx = session.beginTransaction();
            int n = 0;
            for (JpaPost p : data.posts) {
                session.persist(p);
                // the user guide's batch-insert loop: keep the persistence context small
                if (++n % HibernateState.JDBC_BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
            tx.commit();
            return n;
        }
    }

    @Benchmark
    @Variant(value = Implementation.JOOQ, note = "`batch(insertInto(...)).bind(...)` in batches of 1,000; ids not read back")
    public int jooq(JooqState jooq, NewPosts data) {
        List<Post> posts = data.posts;
        jooq.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (int from = 0; from < posts.size(); from += JDBC_BATCH) {
                BatchBindStep batch = tx.batch(tx.insertInto(POSTS, POSTS_TITLE, POSTS_CONTENT, POSTS_USER_ID, POSTS_CREATED_AT)
                        .values((String) null, null, null, null));
                for (Post p : posts.subList(from, Math.min(posts.size(), from + JDBC_BATCH))) {
                    batch = batch.bind(p.getTitle(), p.getContent(), p.getUserId(), p.getCreatedAt());
                }
                batch.execute();
            }
        });
        return posts.size();
    }

    private static void bind(PreparedStatement ps, Post p) throws SQLException {
        ps.setString(1, p.getTitle());
        ps.setString(2, p.getContent());
        ps.setObject(3, p.getUserId(), java.sql.Types.BIGINT);
        ps.setObject(4, p.getCreatedAt());
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            // the PostgreSQL driver reports SUCCESS_NO_INFO (-2) for rewritten batches
            total += c >= 0 ? c : 1;
        }
        return total;
    }
}
