package dev.ormkit.bench;

import java.sql.SQLException;
import dev.ormkit.bench.support.BenchDatabase;

/**
 * Checks run outside the measured time, after an iteration: a benchmark that stopped doing its
 * work (a batch silently not sent, an update that changed nothing) fails instead of looking fast.
 */
final class Checks {
    private Checks() {
    }

    static void that(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark check failed: " + what);
        }
    }

    /**
     * Returns the list after checking its size: cheap next to the measured work (one int
     * comparison), and the result is still returned so JMH consumes it.
     */
    static <T extends java.util.List<?>> T size(T list, int expected) {
        if (list.size() != expected) {
            throw new IllegalStateException("Benchmark check failed: expected " + expected + " objects, got " + list.size());
        }
        return list;
    }

    static void rowCount(BenchDatabase db, String table, long expected) throws SQLException {
        long actual = db.count(table);
        that(actual == expected, table + " holds " + expected + " rows (found " + actual + ")");
    }
}
