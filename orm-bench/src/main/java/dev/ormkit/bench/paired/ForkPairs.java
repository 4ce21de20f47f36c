package dev.ormkit.bench.paired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two sides of a comparison run in pairs of JMH forks: pair {@code i} is {@code before.get(i)}
 * and {@code after.get(i)}, run back to back. The ratio after/before of each pair cancels what
 * the machine did to both; the median over pairs, with a bootstrap interval over pairs, says
 * how far apart the sides are. The sides are two builds of one benchmark
 * ({@link BuildComparison}: the older build before), or two methods of one build
 * ({@link ForkComparison}: the baseline before).
 *
 * @param benchmark the benchmark's full name (of the "after" side)
 * @param database the {@code database} parameter it ran with
 * @param before the older build's (or the baseline's) result of each pair
 * @param after the newer build's (or the contender's) result of each pair
 */
record ForkPairs(String benchmark, String database, List<JmhCsv> before, List<JmhCsv> after) {
    /** Checks that every pair is complete and both builds report in the same unit. */
    ForkPairs {
        if (before.isEmpty() || before.size() != after.size()) {
            throw new IllegalArgumentException("Pairs of " + benchmark + " incomplete: " + before.size() + " before, "
                    + after.size() + " after");
        }
        String unit = before.get(0).unit();
        for (JmhCsv r : concat(before, after)) {
            if (!r.unit().equals(unit)) {
                throw new IllegalArgumentException(benchmark + " reports in " + unit + " and in " + r.unit());
            }
        }
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The per-pair ratios after/before. */
    double[] ratios() {
        double[] r = new double[before.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = after.get(i).score() / before.get(i).score();
        }
        return r;
    }

    /**
     * The median ratio after/before with its bootstrap interval: the pairs are resampled, each
     * pair one JVM of each build, so the pairs are the independent units.
     */
    Interval ratio() {
        List<double[]> pairs = new ArrayList<>();
        for (double r : ratios()) {
            pairs.add(new double[] {r});
        }
        return PairedStatistics.medianRatio(pairs, (benchmark + database).hashCode());
    }

    /** The median score of a build's forks. */
    static double medianScore(List<JmhCsv> runs) {
        return PairedStatistics.median(runs.stream().mapToDouble(JmhCsv::score).toArray());
    }

    /**
     * The share of a side's measured time its collectors reported, median over its forks; NaN
     * when they ran without {@code -prof gc}.
     */
    static double medianGcShare(List<JmhCsv> runs, double measuredMillis) {
        double[] g = runs.stream().mapToDouble(JmhCsv::gcMillis).filter(v -> !Double.isNaN(v)).toArray();
        return g.length == 0 ? Double.NaN : PairedStatistics.median(g) / measuredMillis;
    }

    /** The median bytes per operation of a build's forks; NaN when they ran without {@code -prof gc}. */
    static double medianBytes(List<JmhCsv> runs) {
        double[] b = runs.stream().mapToDouble(JmhCsv::bytesPerOp).filter(v -> !Double.isNaN(v)).toArray();
        return b.length == 0 ? Double.NaN : PairedStatistics.median(b);
    }

    /** The unit of the scores. */
    String unit() {
        return before.get(0).unit();
    }

    /** The markdown table's header. */
    static String header() {
        return "| benchmark | database | before | after | after / before | 95% interval | alloc/op before | alloc/op after | pairs |\n"
                + "|---|---|--:|--:|--:|--:|--:|--:|--:|\n";
    }

    /** The markdown table's row. */
    String row() {
        Interval i = ratio();
        String shortName = benchmark.replace("dev.ormkit.bench.", "").replace("Benchmark.", ".");
        return String.format(Locale.ROOT, "| %s | %s | %s %s | %s %s | %.3f | %.3f–%.3f | %s | %s | %d |%n", shortName,
                database, score(medianScore(before)), unit(), score(medianScore(after)), unit(), i.estimate(), i.low(),
                i.high(), bytes(medianBytes(before)), bytes(medianBytes(after)), before.size());
    }

    static String score(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.3f", v);
    }

    static String bytes(double b) {
        return Double.isNaN(b) ? "–" : PairedReport.bytes(b);
    }

    private static List<JmhCsv> concat(List<JmhCsv> a, List<JmhCsv> b) {
        List<JmhCsv> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
