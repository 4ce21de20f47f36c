package dev.ormkit.bench.paired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.ormkit.bench.paired.Case.Comparison;

/**
 * The rounds of one case from all its forks, and the figures the report shows: per contender
 * the median time and allocation per operation, per comparison the median ratio over paired
 * rounds with its bootstrap interval and verdict.
 *
 * @param benchCase the case
 * @param rounds every measured slot of every fork
 * @param loadBefore {@code /proc/loadavg} before the first fork
 * @param loadAfter {@code /proc/loadavg} after the last fork
 * @param seconds wall time of the case, forks included
 */
public record CaseResult(Case benchCase, List<Round> rounds, String loadBefore, String loadAfter, double seconds) {
    /** Median nanoseconds per operation of a contender over all its rounds. */
    public double medianNanos(String method) {
        return PairedStatistics.median(of(method).stream().mapToDouble(Round::nanosPerOp).toArray());
    }

    /** Median bytes allocated per operation of a contender. */
    public double medianBytes(String method) {
        return PairedStatistics.median(of(method).stream().mapToDouble(Round::bytesPerOp).toArray());
    }

    /**
     * The share of a contender's measured slot time the JVM spent in collection pauses, over all
     * its rounds. In a JVM the contenders share, a pause in one slot pays for what earlier slots
     * left reachable too, so a contender whose garbage outlives its operations (a registry that
     * learns of dead objects only from a collection) passes part of its cost to the others.
     */
    public double gcShare(String method) {
        long gc = 0;
        long total = 0;
        for (Round r : of(method)) {
            gc += r.gcNanos();
            total += r.nanos();
        }
        return total == 0 ? 0 : (double) gc / total;
    }

    /** Median operations per slot of a contender. */
    public double medianOperations(String method) {
        return PairedStatistics.median(of(method).stream().mapToDouble(Round::operations).toArray());
    }

    /** Measured rounds per fork, summed. */
    public int pairedRounds() {
        return (int) rounds.stream().map(r -> r.fork() + ":" + r.round()).distinct().count();
    }

    /** Forks the rounds came from. */
    public int forks() {
        return (int) rounds.stream().mapToInt(Round::fork).distinct().count();
    }

    /** The ratio of a comparison: median over paired rounds, bootstrap interval over forks and rounds. */
    public Interval ratio(Comparison c) {
        Map<Integer, Map<Integer, double[]>> byFork = new TreeMap<>();
        for (Round r : rounds) {
            int slot = r.method().equals(c.numerator()) ? 0 : r.method().equals(c.denominator()) ? 1 : -1;
            if (slot >= 0) {
                byFork.computeIfAbsent(r.fork(), f -> new TreeMap<>())
                        .computeIfAbsent(r.round(), k -> new double[] {Double.NaN, Double.NaN})[slot] = r.nanosPerOp();
            }
        }
        List<double[]> ratios = new ArrayList<>();
        for (Map<Integer, double[]> fork : byFork.values()) {
            double[] values = fork.values().stream().filter(p -> !Double.isNaN(p[0]) && !Double.isNaN(p[1]))
                    .mapToDouble(p -> p[0] / p[1]).toArray();
            if (values.length > 0) {
                ratios.add(values);
            }
        }
        if (ratios.isEmpty()) {
            throw new IllegalStateException("No paired rounds of " + c.numerator() + " and " + c.denominator()
                    + " in " + benchCase.id());
        }
        // the seed depends on the comparison only: a re-rendered report shows the same interval
        long seed = (benchCase.id() + c.numerator() + c.denominator()).hashCode();
        return PairedStatistics.medianRatio(ratios, seed);
    }

    /** The verdict of a comparison with a target. */
    public Verdict verdict(Comparison c) {
        return c.verdict(ratio(c));
    }

    private List<Round> of(String method) {
        List<Round> mine = rounds.stream().filter(r -> r.method().equals(method)).toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("No rounds of " + method + " in " + benchCase.id());
        }
        return mine;
    }

    /** Median time per contender, in contender order. */
    public Map<String, Double> medians() {
        Map<String, Double> m = new LinkedHashMap<>();
        benchCase.contenders().forEach(c -> m.put(c.getName(), medianNanos(c.getName())));
        return m;
    }
}
