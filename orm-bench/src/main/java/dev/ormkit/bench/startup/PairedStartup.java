package dev.ormkit.bench.startup;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import dev.ormkit.bench.paired.Interval;
import dev.ormkit.bench.paired.PairedStatistics;
import dev.ormkit.bench.paired.Verdict;
import dev.ormkit.bench.startup.StartupBenchmark.Start;

/**
 * One application's starts against another's, round by round. The applications take turns, so
 * the two starts of one round saw the same machine (another process's burst of work, the file
 * cache); their difference cancels that, where the difference of two medians over all rounds
 * does not. Per measure: the median of the rounds' differences with a 95% bootstrap interval,
 * and for the first HTTP 200 the verdict against "at most {@link #TARGET_SECONDS} slower".
 *
 * @param rounds the paired rounds
 * @param started the difference in JVM uptime at Boot's "Started" line, in seconds
 * @param firstResponse the difference in time from launch to the first HTTP 200, in seconds
 * @param cpu the difference in CPU time used by the first HTTP 200, in seconds
 */
record PairedStartup(int rounds, Interval started, Interval firstResponse, Interval cpu) {
    /** How much later than the baseline the candidate may answer its first request. */
    static final double TARGET_SECONDS = 0.3;

    /**
     * Pairs {@code candidate.get(i)} with {@code baseline.get(i)}: the starts of round {@code i}.
     * {@code seed} makes the intervals reproducible.
     */
    static PairedStartup of(List<Start> candidate, List<Start> baseline, long seed) {
        if (candidate.size() != baseline.size() || candidate.isEmpty()) {
            throw new IllegalArgumentException("Paired starts need the same, non-zero number of rounds; got "
                    + candidate.size() + " and " + baseline.size());
        }
        return new PairedStartup(candidate.size(),
                difference(candidate, baseline, Start::processRunningFor, seed),
                difference(candidate, baseline, Start::firstResponse, seed + 1),
                difference(candidate, baseline, Start::cpuAtFirstResponse, seed + 2));
    }

    private static Interval difference(List<Start> candidate, List<Start> baseline, ToDoubleFunction<Start> measure,
                                       long seed) {
        double[] a = candidate.stream().mapToDouble(measure).toArray();
        double[] b = baseline.stream().mapToDouble(measure).toArray();
        return PairedStatistics.medianDifference(PairedStatistics.differences(a, b), seed);
    }

    /** Met when the whole interval of the first response is at or below the target, missed when wholly above. */
    Verdict verdict() {
        return Verdict.atMost(firstResponse, TARGET_SECONDS);
    }

    /** The table and the verdict, in Markdown. */
    String markdown(String candidate, String baseline) {
        return table(candidate, baseline) + String.format(Locale.ROOT,
                "%n**Verdict against \"at most %+.2f s to the first HTTP 200\": %s** (%s).%n",
                TARGET_SECONDS, verdict().label(), reason());
    }

    /** The table alone, in Markdown: for a comparison that explains a difference rather than being held to the target. */
    String table(String candidate, String baseline) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Paired by round: %s minus %s in the same round, the median of the %d"
                + " rounds' differences with its 95%% bootstrap interval (resampling rounds), in seconds:%n%n",
                candidate, baseline, rounds));
        md.append("| measure | median difference | 95% interval |\n|---|---:|---:|\n");
        row(md, "JVM up at \"Started\"", started);
        row(md, "first HTTP 200", firstResponse);
        row(md, "CPU time at first 200", cpu);
        return md.toString();
    }

    private String reason() {
        return switch (verdict()) {
            case MET -> String.format(Locale.ROOT, "the whole interval is at or below %+.2f s", TARGET_SECONDS);
            case MISSED -> String.format(Locale.ROOT, "the whole interval is above %+.2f s", TARGET_SECONDS);
            case UNDECIDED -> String.format(Locale.ROOT, "the interval holds %+.2f s: more rounds or a quieter machine"
                    + " would decide", TARGET_SECONDS);
        };
    }

    private static void row(StringBuilder md, String measure, Interval i) {
        md.append(String.format(Locale.ROOT, "| %s | %+.2f | %+.2f to %+.2f |%n", measure, i.estimate(), i.low(), i.high()));
    }
}
