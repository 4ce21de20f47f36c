package dev.ormkit.bench;

import static dev.ormkit.bench.jooq.Tables.*;
import static dev.ormkit.sql.Sql.bindParam;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.ormkit.bench.enhanced.EnhancedPost;
import dev.ormkit.bench.jooq.JooqMapping;
import dev.ormkit.bench.jooq.JooqState;
import dev.ormkit.bench.jpa.HibernateState;
import dev.ormkit.bench.jpa.JpaPost;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.JdbcMapping;
import dev.ormkit.bench.support.OrmkitEnhancedState;
import dev.ormkit.bench.support.OrmkitState;
import dev.ormkit.engine.Row;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.sql.Update;
import org.hibernate.Session;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 5: change the title of 10,000 loaded posts and commit. Loading is not measured: each
 * iteration loads the posts first (into a session, for an ORM) and times the change and the
 * commit, one operation per iteration.
 */
@Workload(number = 5, title = "Update one column of 10,000 loaded posts",
        description = "10,000 posts already loaded (outside the measured time); set a new title on each and commit.",
        target = 1.5)
// one fork, as BenchmarkReport runs it, also when JMH's own main runs the class
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Iterations.UPDATE_WARMUP)
@Measurement(iterations = Iterations.UPDATE_MEASURED)
@State(Scope.Benchmark)
public class UpdatePostsBenchmark {
    /** Rows in the table, all changed by one operation. */
    public static final int ROWS = 10_000;
    /** Rows per JDBC {@code executeBatch}. */
    static final int JDBC_BATCH = 1_000;

    private static final String UPDATE_SQL = "UPDATE posts SET title = ? WHERE id = ?";

    /** Each iteration writes titles no earlier iteration wrote, so every row really changes. */
    private static int round;

    /** Fills the table once per trial. */
    @Setup(Level.Trial)
    public void fill(BenchDatabase db) throws SQLException {
        Fixtures.insertPosts(db.dataSource(), ROWS);
    }

    static String newTitle(Post post) {
        return retitled(post.getTitle());
    }

    /**
     * The title with this round's mark in place of the last one's: every row changes in every
     * round, and titles keep their length however many rounds a trial runs (appending marks
     * would pass the column's 200 characters after some 45 rounds).
     */
    static String retitled(String title) {
        int mark = title.indexOf(" #");
        return (mark < 0 ? title : title.substring(0, mark)) + " #" + round;
    }

    /** The posts as a JDBC program holds them, read at the start of an iteration. */
    @State(Scope.Benchmark)
    public static class JdbcPosts {
        List<Post> posts = List.of();

        @Setup(Level.Iteration)
        public void load(BenchDatabase db) throws SQLException {
            round++;
            try (Connection conn = db.dataSource().getConnection();
                 PreparedStatement ps = conn.prepareStatement("SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Post> loaded = new ArrayList<>(ROWS);
                while (rs.next()) {
                    loaded.add(JdbcMapping.post(rs, 1));
                }
                posts = loaded;
            }
        }

        @TearDown(Level.Iteration)
        public void check(BenchDatabase db) throws SQLException {
            checkAllChanged(db);
        }
    }

    /** An ormkit session with the posts of one model loaded into it, closed after the iteration. */
    public abstract static class SessionPosts<P> {
        dev.ormkit.orm.@Nullable Session session;
        List<P> posts = List.of();

        void open(SessionFactory sessions, Class<P> type) {
            round++;
            dev.ormkit.orm.Session s = sessions.open();
            posts = s.query(type).orderBy("id").all();
            session = s;
        }

        @TearDown(Level.Iteration)
        public void close(BenchDatabase db) throws SQLException {
            if (session != null) {
                session.close();
                session = null;
            }
            checkAllChanged(db);
        }
    }

    /** An ormkit session with the posts loaded into it. */
    @State(Scope.Benchmark)
    public static class OrmkitPosts extends SessionPosts<Post> {
        @Setup(Level.Iteration)
        public void load(OrmkitState ormkit) {
            open(ormkit.sessions(), Post.class);
        }
    }

    /** An ormkit session with the enhanced model's posts loaded into it (their states in their field). */
    @State(Scope.Benchmark)
    public static class EnhancedPosts extends SessionPosts<EnhancedPost> {
        @Setup(Level.Iteration)
        public void load(OrmkitEnhancedState ormkit) {
            open(ormkit.sessions(), EnhancedPost.class);
        }
    }


    /** The posts loaded through ormkit Core. */
    @State(Scope.Benchmark)
    public static class CorePosts {
        List<Post> posts = List.of();

        @Setup(Level.Iteration)
        public void load(OrmkitState ormkit) {
            round++;
            try (var conn = ormkit.engine().connect()) {
                List<Post> loaded = new ArrayList<>(ROWS);
                for (Row row : conn.execute(select(OrmkitState.POSTS).orderBy(OrmkitState.POSTS_ID.asc()))) {
                    loaded.add(OrmkitState.post(row));
                }
                posts = loaded;
            }
        }

        @TearDown(Level.Iteration)
        public void check(BenchDatabase db) throws SQLException {
            checkAllChanged(db);
        }
    }

    /** The posts loaded through jOOQ. */
    @State(Scope.Benchmark)
    public static class JooqPosts {
        List<Post> posts = List.of();

        @Setup(Level.Iteration)
        public void load(JooqState jooq) {
            round++;
            posts = jooq.dsl().select(POST_FIELDS).from(POSTS).orderBy(POSTS_ID).fetch(JooqMapping::post);
        }

        @TearDown(Level.Iteration)
        public void check(BenchDatabase db) throws SQLException {
            checkAllChanged(db);
        }
    }

    /** A Hibernate session with a transaction open and the posts loaded into it. */
    @State(Scope.Benchmark)
    public static class HibernatePosts {
        @Nullable Session session;
        List<JpaPost> posts = List.of();

        @Setup(Level.Iteration)
        public void load(HibernateState hibernate) {
            round++;
            Session s = hibernate.sessions().openSession();
            s.beginTransaction();
            posts = s.createSelectionQuery("from JpaPost p order by p.id", JpaPost.class).getResultList();
            session = s;
        }

        @TearDown(Level.Iteration)
        public void close(BenchDatabase db) throws SQLException {
            if (session != null) {
                session.close();
                session = null;
            }
            checkAllChanged(db);
        }
    }

    @Benchmark
    @Variant(value = Implementation.JDBC, baseline = true,
            note = "prepared `UPDATE posts SET title = ? WHERE id = ?`, batches of 1,000, one commit")
    public int jdbc(BenchDatabase db, JdbcPosts data) throws SQLException {
        for (Post p : data.posts) {
            p.setTitle(newTitle(p));
        }
        try (Connection conn = db.dataSource().getConnection()) {
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(UPDATE_SQL)) {
                int pending = 0;
                for (Post p : data.posts) {
                    ps.setString(1, p.getTitle());
                    ps.setLong(2, p.getId());
                    ps.addBatch();
                    if (++pending == JDBC_BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            conn.commit();
        }
        return data.posts.size();
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, note = "`setTitle` on the session's objects, `session.commit()`: UPDATE of the changed column")
    public int ormkit(OrmkitPosts data) {
        dev.ormkit.orm.Session session = data.session;
        Checks.that(session != null, "the session is open");
        for (Post p : data.posts) {
            p.setTitle(newTitle(p));
        }
        session.commit();
        return data.posts.size();
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_ENHANCED, note = "the same over `EnhancedPost`, enhanced by the build: the states in their field")
    public int ormkitEnhanced(EnhancedPosts data) {
        dev.ormkit.orm.Session session = data.session;
        Checks.that(session != null, "the session is open");
        for (EnhancedPost p : data.posts) {
            p.setTitle(retitled(p.getTitle()));
        }
        session.commit();
        return data.posts.size();
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE,
            note = "`conn.execute(update(posts).values(title: bindParam).where(id = bindParam), rows)`: one JDBC batch")
    public int ormkitCore(OrmkitState ormkit, CorePosts data) {
        List<Map<String, Object>> rows = new ArrayList<>(data.posts.size());
        for (Post p : data.posts) {
            p.setTitle(newTitle(p));
            rows.add(Map.of("new_title", p.getTitle(), "post_id", p.getId()));
        }
        Update statement = update(OrmkitState.POSTS)
                .values(Map.of(OrmkitState.POSTS_TITLE, bindParam("new_title")))
                .where(OrmkitState.POSTS_ID.eq(bindParam("post_id")));
        try (var conn = ormkit.engine().connect()) {
            conn.execute(statement, rows);
            conn.commit();
        }
        return rows.size();
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE,
            note = "`setTitle` on managed entities, `commit()`: dirty checking, JDBC batches of 50, ordered updates")
    public int hibernate(HibernatePosts data) {
        Session session = data.session;
        Checks.that(session != null, "the session is open");
        for (JpaPost p : data.posts) {
            p.setTitle(retitled(p.getTitle()));
        }
        session.getTransaction().commit();
        return data.posts.size();
    }

    @Benchmark
    @Variant(value = Implementation.JOOQ, note = "`batch(update(POSTS).set(...).where(...)).bind(...)`, batches of 1,000")
    public int jooq(JooqState jooq, JooqPosts data) {
        List<Post> posts = data.posts;
        for (Post p : posts) {
            p.setTitle(newTitle(p));
        }
        jooq.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (int from = 0; from < posts.size(); from += JDBC_BATCH) {
                BatchBindStep batch = tx.batch(tx.update(POSTS).set(POSTS_TITLE, (String) null).where(POSTS_ID.eq((Long) null)));
                for (Post p : posts.subList(from, Math.min(posts.size(), from + JDBC_BATCH))) {
                    batch = batch.bind(p.getTitle(), p.getId());
                }
                batch.execute();
            }
        });
        return posts.size();
    }

    private static void checkAllChanged(BenchDatabase db) throws SQLException {
        long changed = db.count("posts WHERE title LIKE '% #" + round + "'");
        Checks.that(changed == ROWS, "all " + ROWS + " titles changed in round " + round + " (found " + changed + ")");
    }
}
