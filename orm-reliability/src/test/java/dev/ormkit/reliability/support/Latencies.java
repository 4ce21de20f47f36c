package dev.ormkit.reliability.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times collected from many threads, and their percentiles. */
public final class Latencies {
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    /** Records one response time. */
    public void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        nanos.clear();
    }

    /** How many were recorded. */
    public int count() {
        return nanos.size();
    }

    /** The {@code p}-th percentile (0 < p <= 100) in milliseconds, nearest rank. */
    public double percentileMillis(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
