package dev.ormkit.bench;

/**
 * The JMH iteration settings of every workload, in one place: {@code BenchmarkReport} must run
 * the 78 benchmarks in under 15 minutes on a 2-core machine, and each benchmark's fixed cost (a
 * new JVM, Hibernate's boot, filling the tables) is already a few seconds.
 *
 * <p>Why many short measured iterations rather than a few long ones: JMH's error is the
 * half-width of a 99.9% Student-t interval, whose multiplier falls steeply with the number of
 * samples (about 8.6 for 5 iterations, 4.8 for 10), so for the same measuring time ten short
 * iterations give error bars about half as wide as five long ones. Operations take from tens of
 * microseconds to a few hundred milliseconds; a 400 ms iteration still averages several of the
 * slowest, and the warm-up runs each hot loop thousands of times, enough for C2.
 */
final class Iterations {
    /** Warm-up iterations of the averaged workloads (load, get, eager and lazy loading). */
    static final int WARMUP = 2;
    /** Length of one warm-up iteration, in milliseconds. */
    static final int WARMUP_MILLIS = 500;
    /** Measured iterations of the averaged workloads. */
    static final int MEASURED = 10;
    /** Length of one measured iteration, in milliseconds. */
    static final int MEASURED_MILLIS = 400;

    /** Warm-up operations of the insert workload (one operation is 100,000 rows, about a second). */
    static final int INSERT_WARMUP = 2;
    /** Measured operations of the insert workload. */
    static final int INSERT_MEASURED = 8;

    /** Warm-up operations of the update workload (one operation is 10,000 rows, tens of milliseconds). */
    static final int UPDATE_WARMUP = 5;
    /** Measured operations of the update workload. */
    static final int UPDATE_MEASURED = 12;

    private Iterations() {
    }
}
