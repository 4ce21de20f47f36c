package dev.ormkit.bench.paired;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares two methods of one workload, each in JVMs of its own: JMH forks of the contender and
 * of its baseline take turns, in pairs, and each pair's time ratio contender/baseline cancels
 * what the machine did to both (see {@link ForkPairs}).
 *
 * <p>The {@link PairedRunner} runs every contender of a case in one JVM, which cancels the
 * machine's drift round by round but shares the garbage collector: a collection in one slot
 * also copies whatever the slots before it left reachable. That is fair to contenders whose
 * garbage dies with their operation and unfair when one contender's garbage outlives it (the
 * state of a plain object stays in ormkit's registry until a collection has shown the object
 * gone), whose cost then lands partly in the others' slots. Here each side pays for its own
 * collections, and the table says what share of its measured time they took.
 *
 * <pre>
 * java -cp orm-bench/target/benchmarks.jar dev.ormkit.bench.paired.ForkComparison
 *      [--databases h2,postgresql] [--pairs 6] [--warmup 3] [--iterations 5] [--iteration-ms 400]
 *      [--no-gc] [--output FILE.md] COMPARISON ...
 * </pre>
 *
 * <p>A COMPARISON is {@code Workload.method/baseline}, optionally with a target:
 * {@code UsersWithPosts.joinedOrmkit/joinedJdbc<=1.3} (met when the whole interval is at or
 * below it, missed when it is all above, undecided otherwise). Every fork runs with
 * {@code -prof gc} (allocation and collection time per side) unless {@code --no-gc}.
 */
public final class ForkComparison {
    /** Below this many pairs a bootstrap over pairs says nothing: no verdict. */
    static final int MIN_PAIRS_FOR_VERDICT = 4;

    private ForkComparison() {
    }

    /** One comparison: a contender method over a baseline method of the same workload, with an optional target. */
    record Spec(String workload, String method, String baseline, double target) {
        /** Parses {@code Workload.method/baseline} or {@code Workload.method/baseline<=target}. */
        static Spec parse(String text) {
            String body = text;
            double target = Double.NaN;
            int limit = text.indexOf("<=");
            if (limit >= 0) {
                body = text.substring(0, limit);
                target = Double.parseDouble(text.substring(limit + 2));
                if (!(target > 0)) {
                    throw new IllegalArgumentException("A target must be positive: " + text);
                }
            }
            int slash = body.indexOf('/');
            int dot = body.lastIndexOf('.', slash);
            if (slash < 0 || dot <= 0 || dot + 1 >= slash || slash + 1 >= body.length()) {
                throw new IllegalArgumentException(
                        "A comparison is Workload.method/baseline[<=target], e.g. LoadPosts.ormkit/jdbc<=1.5; got " + text);
            }
            return new Spec(body.substring(0, dot), body.substring(dot + 1, slash), body.substring(slash + 1), target);
        }

        String contenderName() {
            return JmhFork.fullName(workload + "." + method);
        }

        String baselineName() {
            return JmhFork.fullName(workload + "." + baseline);
        }

        boolean hasTarget() {
            return !Double.isNaN(target);
        }
    }

    /** The settings of a comparison run. */
    record Settings(ForkOptions common, List<Spec> specs) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Settings s = parse(args);
        Path jar = Path.of(ForkComparison.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String loadAtStart = MachineLoad.now();
        ZonedDateTime started = ZonedDateTime.now();
        StringBuilder table = new StringBuilder(header());
        for (String db : s.common().databases()) {
            for (Spec spec : s.specs()) {
                ForkPairs pairs = compare(jar, spec, db, s);
                String row = row(spec, pairs, s.common().fork());
                table.append(row);
                System.out.print(header().lines().findFirst().orElseThrow() + "\n" + row);
            }
        }
        String md = String.format(Locale.ROOT, "Comparison of %s, each method in JVMs of its own: %d pair(s) of JMH "
                        + "forks per row, %d warm-up and %d measured iterations of %d ms; load average %s at the start, %s "
                        + "at the end. The ratio is the median of the pairs' method/baseline, with a %d%% bootstrap interval "
                        + "over pairs. Allocation: JMH's `gc.alloc.rate.norm`; GC: JMH's `gc.time` over the measured "
                        + "iterations' time; both medians over forks.%n%n%s",
                JmhFork.startedOn(started),
                s.common().pairs(), s.common().fork().warmup(), s.common().fork().iterations(),
                s.common().fork().iterationMillis(), loadAtStart,
                MachineLoad.now(), Math.round(PairedStatistics.CONFIDENCE * 100), table);
        JmhFork.publish(md, s.common().output());
    }

    private static ForkPairs compare(Path jar, Spec spec, String db, Settings s) throws IOException, InterruptedException {
        return s.common().fork().pairs(new JmhFork.Side(jar, spec.baselineName(), spec.workload() + "." + spec.baseline()),
                new JmhFork.Side(jar, spec.contenderName(), spec.workload() + "." + spec.method()), db, s.common().pairs());
    }

    static String header() {
        return "| workload | database | method / baseline | method | baseline | ratio | 95% interval | target | verdict "
                + "| alloc/op method, baseline | GC share method, baseline | pairs |\n"
                + "|---|---|---|--:|--:|--:|--:|--:|---|--:|--:|--:|\n";
    }

    static String row(Spec spec, ForkPairs pairs, JmhFork fork) {
        Interval i = pairs.ratio();
        String unit = pairs.unit();
        return String.format(Locale.ROOT, "| %s | %s | %s / %s | %s %s | %s %s | %.2f | %.2f–%.2f | %s | %s | %s, %s | %s, %s | %d |%n",
                spec.workload(), pairs.database(), spec.method(), spec.baseline(),
                ForkPairs.score(ForkPairs.medianScore(pairs.after())), unit,
                ForkPairs.score(ForkPairs.medianScore(pairs.before())), unit, i.estimate(), i.low(), i.high(),
                spec.hasTarget() ? String.format(Locale.ROOT, "≤ %.2f", spec.target()) : "",
                !spec.hasTarget() ? "" : pairs.before().size() < MIN_PAIRS_FOR_VERDICT ? "too few pairs"
                        : "**" + Verdict.of(i, spec.target()).label() + "**",
                ForkPairs.bytes(ForkPairs.medianBytes(pairs.after())), ForkPairs.bytes(ForkPairs.medianBytes(pairs.before())),
                percent(ForkPairs.medianGcShare(pairs.after(), fork.measuredMillis())),
                percent(ForkPairs.medianGcShare(pairs.before(), fork.measuredMillis())), pairs.before().size());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static Settings parse(String[] args) {
        ForkOptions common = new ForkOptions();
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            int taken = common.read(args, i);
            if (taken >= 0) {
                i = taken;
            } else if (args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; see the ForkComparison Javadoc");
            } else {
                specs.add(Spec.parse(args[i]));
            }
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("Name at least one comparison, e.g. LoadPosts.ormkit/jdbc<=1.5");
        }
        return new Settings(common, List.copyOf(specs));
    }
}
