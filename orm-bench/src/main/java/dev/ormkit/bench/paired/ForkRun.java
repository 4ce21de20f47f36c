package dev.ormkit.bench.paired;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The rounds of one case in one JVM. In every round each implementation gets one slot: a
 * single operation for single-shot workloads (after its unmeasured set-up), otherwise as many
 * operations as fit in {@code sliceMillis}. The order of the slots rotates from round to round,
 * so no implementation always runs right after the same other one (a full heap, a warm cache).
 */
final class ForkRun {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final List<GarbageCollectorMXBean> COLLECTORS =
            ManagementFactory.getGarbageCollectorMXBeans();

    /** Keeps results reachable so the JIT cannot drop the work that made them. */
    static volatile Object sink;

    private final Case benchCase;
    private final int fork;
    private final int warmupRounds;
    private final int measuredRounds;
    private final long sliceNanos;

    ForkRun(Case benchCase, int fork, int warmupRounds, int measuredRounds, int sliceMillis) {
        this.benchCase = benchCase;
        this.fork = fork;
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
        this.sliceNanos = sliceMillis * 1_000_000L;
    }

    /** Runs warm-up and measured rounds, printing each measured slot as a {@link Round} line. */
    void run(PrintStream out) {
        try (States states = new States(benchCase.database())) {
            Object bench = states.get(benchCase.workload());
            List<Slot> slots = new ArrayList<>();
            for (Method m : benchCase.contenders()) {
                Object[] args = states.arguments(m);
                List<Object> iterationStates = new ArrayList<>();
                for (Object a : args) {
                    if (States.hasIterationWork(a)) {
                        iterationStates.add(a);
                    }
                }
                slots.add(new Slot(m, bench, args, iterationStates));
            }
            for (int r = 0; r < warmupRounds + measuredRounds; r++) {
                for (int i = 0; i < slots.size(); i++) {
                    Slot slot = slots.get((i + r) % slots.size());
                    Round measured = slot.run(states, r - warmupRounds);
                    if (r >= warmupRounds) {
                        out.println(measured.toLine());
                    }
                }
                out.flush();
            }
        }
    }

    private final class Slot {
        final Method method;
        final Object bench;
        final Object[] args;
        final List<Object> iterationStates;

        Slot(Method method, Object bench, Object[] args, List<Object> iterationStates) {
            this.method = method;
            this.bench = bench;
            this.args = args;
            this.iterationStates = iterationStates;
        }

        Round run(States states, int round) {
            states.beforeSlot(iterationStates);
            long ops = 0;
            long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
            long gc0 = collectionMillis();
            long t0 = System.nanoTime();
            long elapsed;
            do {
                sink = States.invoke(method, bench, args);
                ops++;
                elapsed = System.nanoTime() - t0;
            } while (!benchCase.singleShot() && elapsed < sliceNanos);
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated0;
            long gcNanos = (collectionMillis() - gc0) * 1_000_000L;
            states.afterSlot(iterationStates);
            return new Round(fork, round, method.getName(), ops, elapsed, allocated, gcNanos);
        }
    }

    /** Milliseconds the JVM's collectors have reported so far (G1: its young and mixed/full pauses). */
    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean c : COLLECTORS) {
            total += Math.max(0, c.getCollectionTime());
        }
        return total;
    }
}
