package dev.ormkit.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.KeyCycle;
import dev.ormkit.bench.support.ListenedOrmkitState;
import dev.ormkit.bench.support.OrmkitState;
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
 * What execution events cost: ormkit's get by key and load of 10,000 posts (workloads 3 and 2)
 * over an engine with no listener, and over one with a no-op statement and ORM listener
 * ({@link ListenedOrmkitState}). The no-op listener is the upper bound of what the event
 * plumbing costs when nobody listens; when even its ratio's interval holds 1.00, the
 * no-listener cost is invisible. Run by the paired runner only: the class name leaves it out
 * of {@code BenchmarkReport}'s JMH suite, which compares implementations, not configurations.
 */
@Workload(number = 8, title = "Event cost: no listener against a no-op listener",
        description = "ormkit's get by key (workload 3) and load of 10,000 posts (workload 2), on an engine with no "
                + "listener and on one with a no-op `StatementListener` and `OrmListener` registered.",
        groups = {"get", "load"},
        target = 1.0) // the ratio is of two ormkit configurations: at most 1 within the interval
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = Iterations.WARMUP, time = Iterations.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Iterations.MEASURED, time = Iterations.MEASURED_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class EventCost {
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
    @Variant(value = Implementation.ORMKIT, group = "get", note = "`session.get(Post.class, id)` in a new session, no listener")
    public Post getQuiet(OrmkitState ormkit) {
        return get(ormkit);
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "get",
            note = "the same, with a no-op `StatementListener` and `OrmListener` on the engine")
    public Post getListened(ListenedOrmkitState ormkit) {
        return get(ormkit);
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "load", note = "`session.query(Post.class).all()` in a new session, no listener")
    public List<Post> loadQuiet(OrmkitState ormkit) {
        return load(ormkit);
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "load",
            note = "the same, with a no-op `StatementListener` and `OrmListener` on the engine")
    public List<Post> loadListened(ListenedOrmkitState ormkit) {
        return load(ormkit);
    }

    private Post get(OrmkitState ormkit) {
        long id = nextId();
        try (var session = ormkit.sessions().open()) {
            Post post = session.get(Post.class, id);
            Checks.that(post != null, "post " + id + " exists");
            return post;
        }
    }

    private static List<Post> load(OrmkitState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return Checks.size(session.query(Post.class).all(), ROWS);
        }
    }
}
