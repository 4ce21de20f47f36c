package dev.ormkit.bench.paired;

/**
 * One implementation's slot in one round: how many operations it ran, in how long, and how
 * many bytes its thread allocated meanwhile.
 *
 * @param fork the JVM it ran in (0-based)
 * @param round the round (0-based, counting measured rounds only)
 * @param method the benchmark method
 * @param operations operations run
 * @param nanos wall time of those operations
 * @param allocatedBytes bytes allocated by the measuring thread during them
 */
public record Round(int fork, int round, String method, long operations, long nanos, long allocatedBytes) {
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
                Long.toString(operations), Long.toString(nanos), Long.toString(allocatedBytes));
    }

    /** The round a fork printed, or null for any other line. */
    static Round parse(String line) {
        String[] f = line.split(SEPARATOR);
        if (f.length != 7 || !f[0].equals(PREFIX)) {
            return null;
        }
        return new Round(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], Long.parseLong(f[4]),
                Long.parseLong(f[5]), Long.parseLong(f[6]));
    }
}
