package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.engine.StreamingResult;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import org.h2.tools.Server;

/**
 * Streaming 200,000 rows, in Core and through the ORM: taking the first ten reads about one
 * fetch, and reading them all keeps the heap flat.
 *
 * <p>In this JVM: allocation by this thread measures what taking ten rows or objects cost; for
 * Core rows, the heap still reachable after a collection is measured early in the stream and
 * near its end, and, as a control that the measurement sees what it should, what a buffered
 * result of the same rows holds. In a child JVM with a 64 MB heap ({@link StreamingChild}),
 * where a buffered read of these rows as objects does not fit: ten objects, then every object
 * with {@code expungeEachBatch()} (H2 is reached there through a TCP server, so its server
 * path is what streams). Objects are measured there, not here: the
 * session's registry of object states lets go of the states of collected objects at a pace set
 * by the collector, which a small heap keeps short and this JVM's large one does not.
 */
class StreamingMemoryTest {
    private static final int ROWS = 200_000;
    private static final long MB = 1024 * 1024;
    /** Retained-heap growth allowed between row 1,000 and row 190,000 of a stream. */
    private static final long FLAT = 4 * MB;
    private static final String CHILD_HEAP = "-Xmx64m";

    @AllDatabases
    void streamingTwoHundredThousandRowsKeepsMemoryFlat(TestDatabase db) throws Exception {
        Engine engine = db.engine();
        MetaData metadata = MetaData.of(Reading.class);
        metadata.createAll(engine);
        Table readings = metadata.getTable("readings");
        String on = db.kind().label();
        long filling = System.nanoTime();
        fill(engine, db.kind());
        report(on, "filling 200,000 rows", filling, -1);

        try (Connection conn = engine.connect()) {
            // Core, taking ten rows
            long allocated = allocatedBytes();
            long started = System.nanoTime();
            List<Row> ten;
            try (Stream<Row> rows = conn.stream(select(readings).orderBy(readings.c("id"))).stream()) {
                ten = rows.limit(10).toList();
            }
            report(on, "core: first 10 rows", started, allocatedBytes() - allocated);
            assertThat(ten).extracting(r -> r.get("id", Long.class)).startsWith(1L, 2L, 3L).hasSize(10);
            assertThat(allocatedBytes() - allocated).as("taking 10 rows reads about one fetch").isLessThan(16 * MB);

            // Core, every row
            started = System.nanoTime();
            long early = 0;
            long late = 0;
            long count = 0;
            try (StreamingResult rows = conn.stream(select(readings), Map.of(), 1_000)) {
                for (Row row : rows) {
                    count++;
                    if (count == 1_000) {
                        early = usedAfterGc();
                    } else if (count == 190_000) {
                        late = usedAfterGc();
                    }
                    Reference.reachabilityFence(row);
                }
            }
            report(on, "core: all rows", started, -1);
            assertThat(count).isEqualTo(ROWS);
            long streamedGrowth = late - early;

            // the control: the same rows buffered, measured from where the stream left the heap
            long before = late;
            List<Row> all = conn.execute(select(readings)).all();
            long buffered = usedAfterGc() - before;
            assertThat(all).hasSize(ROWS);
            Reference.reachabilityFence(all);
            all = null;
            System.out.printf("[%s] core: heap growth streaming %.1f MB, buffered result holds %.1f MB%n",
                    on, streamedGrowth / (double) MB, buffered / (double) MB);
            assertThat(buffered).as("the measurement sees a buffered result").isGreaterThan(3 * FLAT);
            assertThat(streamedGrowth).as("streaming keeps the heap flat").isLessThan(FLAT);
        }

        SessionFactory sessions = SessionFactory.builder(engine).metadata(metadata).build();
        try (Session session = sessions.open()) {
            // ORM, taking ten objects
            long allocated = allocatedBytes();
            long started = System.nanoTime();
            List<Reading> ten;
            try (Stream<Reading> objects = session.query(Reading.class).orderBy(Reading_.id).stream()) {
                ten = objects.limit(10).toList();
            }
            report(on, "orm: first 10 objects", started, allocatedBytes() - allocated);
            assertThat(ten).extracting(Reading::getId).startsWith(1L, 2L).hasSize(10);
            assertThat(allocatedBytes() - allocated).as("taking 10 objects loads about one batch").isLessThan(24 * MB);
            assertThat(((SessionImpl) session).objects.states()).as("one batch was loaded").hasSizeLessThanOrEqualTo(1_000);
        }
        // the child JVM reaches H2's in-memory database through a TCP server in this JVM
        Server h2 = db.kind() == DatabaseKind.H2 ? Server.createTcpServer("-tcpPort", "0").start() : null;
        try {
            String url = h2 == null ? db.url()
                    : "jdbc:h2:tcp://localhost:" + h2.getPort() + "/" + db.url().substring("jdbc:h2:".length());
            Map<String, Long> child = runChild(url);
            System.out.printf("[%s] child JVM (%s): 10 objects in %d ms; %d objects in %d ms, at most %.1f MB used%n",
                    on, CHILD_HEAP, child.get("orm.first10.ms"), child.get("orm.objects"), child.get("orm.ms"),
                    child.get("orm.maxUsedAfterGc") / (double) MB);
            assertThat(child.get("orm.first10")).isEqualTo(10);
            assertThat(child.get("orm.objects")).isEqualTo(ROWS);
            assertThat(child.get("orm.maxUsedAfterGc")).as("objects streamed in a 64 MB heap, which "
                    + "a buffered read of them would need several times over").isLessThan(40 * MB);
        } finally {
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    /** Runs {@link StreamingChild} on {@code url} in a JVM with a 64 MB heap; its {@code key=value} lines. */
    private static Map<String, Long> runChild(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, CHILD_HEAP, "-XX:+UseSerialGC", "-cp", classPath,
                StreamingChild.class.getName(), url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("the child JVM finished; its output:%n%s", output).isZero();
        Map<String, Long> values = new HashMap<>();
        output.lines().filter(l -> l.matches("[a-zA-Z0-9.]+=\\d+")).forEach(l -> {
            int eq = l.indexOf('=');
            values.put(l.substring(0, eq), Long.parseLong(l.substring(eq + 1)));
        });
        return values;
    }

    /**
     * 200,000 readings in one INSERT ... SELECT: over H2's range function there, else over a
     * ten-row digits table crossed six times (which H2 plans slowly).
     */
    private static void fill(Engine engine, DatabaseKind kind) {
        String label = "'" + "reading of a sensor somewhere in a large building, kept for the streaming test ....." + "'";
        try (Connection conn = engine.connect()) {
            if (kind == DatabaseKind.H2) {
                conn.execute(text("INSERT INTO readings (id, label) SELECT x, " + label + " FROM SYSTEM_RANGE(1, " + ROWS + ")"));
                conn.commit();
                return;
            }
            conn.execute(text("CREATE TABLE digits (d INTEGER NOT NULL)"));
            conn.execute(text("INSERT INTO digits (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)"));
            conn.execute(text("INSERT INTO readings (id, label) SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d"
                    + " + 10000 * f.d + 100000 * g.d, " + label
                    + " FROM digits a, digits b, digits c, digits e, digits f, digits g WHERE g.d < 2"));
            conn.commit();
        }
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static void report(String on, String what, long startedNanos, long allocated) {
        System.out.printf("[%s] %s: %d ms%s%n", on, what, (System.nanoTime() - startedNanos) / 1_000_000,
                allocated >= 0 ? String.format(", %.1f MB allocated", allocated / (double) MB) : "");
    }
}
