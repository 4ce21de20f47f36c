package dev.ormkit.bench.paired;

/**
 * A confidence interval around a point estimate, e.g. of the time ratio of two
 * implementations or of their paired difference in seconds.
 *
 * @param estimate the point estimate (the median of the paired ratios or differences)
 * @param low the lower bound
 * @param high the upper bound
 */
public record Interval(double estimate, double low, double high) {
    /** Checks that the bounds are ordered and enclose the estimate. */
    public Interval {
        if (!(low <= estimate && estimate <= high)) {
            throw new IllegalArgumentException("Interval bounds out of order: " + low + " <= " + estimate + " <= " + high);
        }
    }
}
