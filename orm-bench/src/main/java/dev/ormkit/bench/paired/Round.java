package dev.ormkit.bench.paired;

/**
 * One implementation's slot in one round: how many operations it ran, in how long, how many
 * bytes its thread allocated meanwhile, and how long the JVM spent in garbage collection pauses
 * during the slot. The pauses are whichever contender's garbage they collect: in a JVM shared by
 * contenders, a collection in one slot also copies what the slots before it left reachable.
 *
 * @param fork the JVM it ran in (0-based)
 * @param round the round (0-based, counting measured rounds only)
 * @param method the benchmark method
 * @param operations operations run
 * @param nanos wall time of those operations
 * @param allocatedBytes bytes allocated by the measuring thread during them
 * @param gcNanos time the JVM's collectors reported during them (millisecond resolution)
 */
public record Round(int fork, int round, String method, long operations, long nanos, long allocatedBytes,
                    long gcNanos) {
    private static final String SEPARATOR = "\t";
    /** The line prefix a fork prints its rounds with, so that other output can be told apart. */
    static final String PREFIX = "ROUND";

    /** Nanoseconds per operation. */
    public double nanosPerOp() {
        return (double) nanos / operations;
    }

    /** Bytes allocated per operation. */
    public double bytesPerOp() {
        return (double) allocatedBytes / operations;
    }

    /** The line a fork prints. */
    String toLine() {
        return String.join(SEPARATOR, PREFIX, Integer.toString(fork), Integer.toString(round), method,
                Long.toString(operations), Long.toString(nanos), Long.toString(allocatedBytes), Long.toString(gcNanos));
    }

    /** The round a fork printed, or null for any other line. */
    static Round parse(String line) {
        String[] f = line.split(SEPARATOR);
        if (f.length != 8 || !f[0].equals(PREFIX)) {
            return null;
        }
        return new Round(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], Long.parseLong(f[4]),
                Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]));
    }
}
