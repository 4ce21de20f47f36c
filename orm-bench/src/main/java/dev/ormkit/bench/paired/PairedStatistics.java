package dev.ormkit.bench.paired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Statistics over paired rounds. In one round every implementation runs the same workload
 * back to back, so the ratio of two implementations' times within a round cancels what the
 * machine did to both (another build's compile burst, a frequency change); the ratios of many
 * rounds are then summarized by their median, and the uncertainty of that median by a
 * bootstrap that resamples forks first and rounds within each chosen fork second: a fork's
 * JIT decisions are shared by all its rounds, so rounds of one fork are not independent.
 */
public final class PairedStatistics {
    /** Bootstrap resamples: enough for stable 2.5% and 97.5% percentiles. */
    public static final int RESAMPLES = 4_000;
    /** The two-sided confidence of the intervals. */
    public static final double CONFIDENCE = 0.95;

    private PairedStatistics() {
    }

    /** The median; the mean of the middle two for an even count. */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("The median of no values is undefined");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The {@code p}-quantile (0..1) of sorted values, linearly interpolated. */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lower = (int) Math.floor(pos);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (pos - lower) * (sorted[upper] - sorted[lower]);
    }

    /** Round by round {@code numerator[i] / denominator[i]}. */
    public static double[] ratios(double[] numerator, double[] denominator) {
        if (numerator.length != denominator.length) {
            throw new IllegalArgumentException("Paired rounds differ in number: " + numerator.length + " and " + denominator.length);
        }
        double[] r = new double[numerator.length];
        for (int i = 0; i < r.length; i++) {
            if (!(denominator[i] > 0)) {
                throw new IllegalArgumentException("Round " + i + " has a non-positive baseline time " + denominator[i]);
            }
            r[i] = numerator[i] / denominator[i];
        }
        return r;
    }

    /**
     * Round by round {@code minuend[i] - subtrahend[i]}: for measurements whose absolute gap is
     * the question (seconds to start), where a ratio would hide it.
     */
    public static double[] differences(double[] minuend, double[] subtrahend) {
        if (minuend.length != subtrahend.length) {
            throw new IllegalArgumentException("Paired rounds differ in number: " + minuend.length + " and " + subtrahend.length);
        }
        double[] d = new double[minuend.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = minuend[i] - subtrahend[i];
        }
        return d;
    }

    /**
     * The median of paired differences, with a percentile bootstrap interval at
     * {@link #CONFIDENCE}. Each round is its own sample (a round of separate processes shares
     * no JIT state with the next), so the bootstrap resamples rounds alone.
     *
     * @param differences the per-round differences (non-empty)
     */
    public static Interval medianDifference(double[] differences, long seed) {
        if (differences.length == 0) {
            throw new IllegalArgumentException("A paired difference needs at least one round");
        }
        return medianRatio(List.of(differences), seed);
    }

    /**
     * The median of the paired ratios of all forks' rounds, with a percentile bootstrap interval
     * at {@link #CONFIDENCE}. {@code seed} makes the interval reproducible.
     *
     * @param ratiosByFork the per-round ratios, one array per fork (each non-empty)
     */
    public static Interval medianRatio(List<double[]> ratiosByFork, long seed) {
        if (ratiosByFork.isEmpty() || ratiosByFork.stream().anyMatch(f -> f.length == 0)) {
            throw new IllegalArgumentException("Every fork needs at least one round");
        }
        double estimate = median(pooled(ratiosByFork));
        SplittableRandom random = new SplittableRandom(seed);
        double[] medians = new double[RESAMPLES];
        List<double[]> resample = new ArrayList<>(ratiosByFork.size());
        for (int b = 0; b < RESAMPLES; b++) {
            resample.clear();
            for (int f = 0; f < ratiosByFork.size(); f++) {
                double[] fork = ratiosByFork.get(random.nextInt(ratiosByFork.size()));
                double[] rounds = new double[fork.length];
                for (int i = 0; i < rounds.length; i++) {
                    rounds[i] = fork[random.nextInt(fork.length)];
                }
                resample.add(rounds);
            }
            medians[b] = median(pooled(resample));
        }
        Arrays.sort(medians);
        double tail = (1 - CONFIDENCE) / 2;
        double low = Math.min(estimate, quantile(medians, tail));
        double high = Math.max(estimate, quantile(medians, 1 - tail));
        return new Interval(estimate, low, high);
    }

    private static double[] pooled(List<double[]> forks) {
        return forks.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
