package dev.ormkit.orm;

import java.lang.ref.Reference;
import java.util.List;
import java.util.stream.Stream;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.EngineOptions;
import dev.ormkit.schema.MetaData;

/**
 * Run by {@link StreamingMemoryTest} in a JVM of its own with a small heap: takes ten readings
 * of the table at the URL given, then streams every one as an object, and prints what it
 * counted and the heap it used as {@code key=value} lines. A buffered read of the same rows as
 * objects does not fit in that heap: finishing at all is the first proof.
 */
public final class StreamingChild {
    private StreamingChild() {
    }

    public static void main(String[] args) {
        Engine engine = Engine.create(args[0], EngineOptions.defaults().poolSize(1).maxOverflow(0));
        try {
            MetaData metadata = MetaData.of(Reading.class);
            long started;
            SessionFactory sessions = SessionFactory.builder(engine).metadata(metadata).build();
            started = System.nanoTime();
            try (Session session = sessions.open(); Stream<Reading> objects = session.query(Reading.class).stream()) {
                List<Reading> ten = objects.limit(10).toList();
                System.out.println("orm.first10=" + ten.size());
            }
            System.out.println("orm.first10.ms=" + (System.nanoTime() - started) / 1_000_000);

            started = System.nanoTime();
            long objects = 0;
            long peak = 0;
            try (Session session = sessions.open();
                 Stream<Reading> all = session.query(Reading.class).yieldPer(1_000).expungeEachBatch().stream()) {
                for (Reading r : (Iterable<Reading>) all::iterator) {
                    objects++;
                    if (objects % 50_000 == 0) {
                        peak = Math.max(peak, usedAfterGc());
                    }
                    Reference.reachabilityFence(r);
                }
            }
            System.out.println("orm.objects=" + objects);
            System.out.println("orm.ms=" + (System.nanoTime() - started) / 1_000_000);
            System.out.println("orm.maxUsedAfterGc=" + peak);
        } finally {
            engine.dispose();
        }
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
