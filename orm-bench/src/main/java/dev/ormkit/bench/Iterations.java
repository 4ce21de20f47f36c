package dev.ormkit.bench;

/**
 * The JMH iteration settings of the averaged workloads (load, get, eager and lazy loading), in
 * one place: {@code BenchmarkReport} must run the 78 benchmarks in under 15 minutes on a 2-core
 * machine, and each benchmark's fixed cost (a new JVM, Hibernate's boot, filling the tables)
 * is already a few seconds. Operations take from tens of microseconds to a few hundred
 * milliseconds, so the warm-up runs each hot loop thousands of times, enough for C2; five
 * measured iterations give JMH's error bars something to stand on.
 */
final class Iterations {
    /** Warm-up iterations of the averaged workloads. */
    static final int WARMUP = 2;
    /** Length of one warm-up iteration, in milliseconds. */
    static final int WARMUP_MILLIS = 500;
    /** Measured iterations of the averaged workloads. */
    static final int MEASURED = 5;
    /** Length of one measured iteration, in milliseconds. */
    static final int MEASURED_MILLIS = 700;

    private Iterations() {
    }
}
