package dev.ormkit.bench.paired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds' benchmark jars on a shared machine, benchmark by benchmark: JMH forks
 * of the older and the newer jar take turns, in pairs, and each pair's time ratio after/before
 * cancels what the machine did to both (see {@link ForkPairs}).
 *
 * <pre>
 * java -cp NEW.jar dev.ormkit.bench.paired.BuildComparison --before OLD.jar --after NEW.jar
 *      [--databases h2,postgresql] [--pairs 6] [--warmup 3] [--iterations 5] [--iteration-ms 400]
 *      [--no-gc] [--output FILE.md] [BENCHMARK ...]
 * </pre>
 *
 * <p>A BENCHMARK is {@code Workload.method} ({@code LoadPosts.ormkit},
 * {@code UsersWithPosts.joinedOrmkit}); the default is every ormkit ORM method of the workloads
 * both builds have. Each run is {@code java -cp JAR org.openjdk.jmh.Main} of that one method and
 * database, one JMH fork, {@code --warmup} + {@code --iterations} iterations, {@code -prof gc}
 * (allocation per operation) unless {@code --no-gc}, results as CSV. The pairs alternate which
 * build runs first (before-after, after-before, ...), so neither always runs in the other's
 * wake. Prints (and with {@code --output} writes) a markdown table.
 */
public final class BuildComparison {
    /** The ormkit ORM methods of the workloads the core had before its embedding rework, and has now. */
    static final List<String> DEFAULT_BENCHMARKS = List.of("InsertPosts.ormkit", "LoadPosts.ormkit", "GetPost.ormkit",
            "UsersWithPosts.selectinOrmkit", "UsersWithPosts.joinedOrmkit", "UpdatePosts.ormkit",
            "LazyLoad.lazyOrmkit", "LazyLoad.batchOrmkit");

    private BuildComparison() {
    }

    /** The settings of a comparison. */
    record Settings(Path before, Path after, ForkOptions common, List<String> benchmarks) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Settings s = parse(args);
        String loadAtStart = MachineLoad.now();
        ZonedDateTime started = ZonedDateTime.now();
        StringBuilder table = new StringBuilder(ForkPairs.header());
        for (String db : s.common().databases()) {
            for (String b : s.benchmarks()) {
                ForkPairs pairs = compare(fullName(b), db, s);
                table.append(pairs.row());
                System.out.print(ForkPairs.header().lines().findFirst().orElseThrow() + "\n" + pairs.row());
            }
        }
        String md = String.format(Locale.ROOT, "Comparison of %s: before %s, after %s; %d pair(s) of JMH forks per "
                        + "benchmark, %d warm-up and %d measured iterations of %d ms (single-shot workloads: as many "
                        + "operations); load average %s at the start, %s at the end. The ratio is the median of the "
                        + "pairs' after/before, with a %d%% bootstrap interval over pairs. Allocation: JMH's "
                        + "`gc.alloc.rate.norm`, median over forks.%n%n%s",
                JmhFork.startedOn(started),
                s.before(), s.after(), s.common().pairs(), s.common().fork().warmup(), s.common().fork().iterations(),
                s.common().fork().iterationMillis(), loadAtStart,
                MachineLoad.now(), Math.round(PairedStatistics.CONFIDENCE * 100), table);
        JmhFork.publish(md, s.common().output());
    }

    /** {@code LoadPosts.ormkit} as JMH names it: {@code dev.ormkit.bench.LoadPostsBenchmark.ormkit}. */
    static String fullName(String benchmark) {
        return JmhFork.fullName(benchmark);
    }

    private static ForkPairs compare(String benchmark, String db, Settings s) throws IOException, InterruptedException {
        return s.common().fork().pairs(new JmhFork.Side(s.before(), benchmark, benchmark + " before"),
                new JmhFork.Side(s.after(), benchmark, benchmark + " after"), db, s.common().pairs());
    }

    static Settings parse(String[] args) {
        Path before = null;
        Path after = null;
        ForkOptions common = new ForkOptions();
        List<String> benchmarks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            int taken = common.read(args, i);
            if (taken >= 0) {
                i = taken;
                continue;
            }
            switch (args[i]) {
                case "--before" -> before = Path.of(CommandLine.value(args, ++i)).toAbsolutePath();
                case "--after" -> after = Path.of(CommandLine.value(args, ++i)).toAbsolutePath();
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + args[i] + "; see the BuildComparison Javadoc");
                    }
                    fullName(args[i]);
                    benchmarks.add(args[i]);
                }
            }
        }
        if (before == null || after == null) {
            throw new IllegalArgumentException("--before OLD.jar and --after NEW.jar are required");
        }
        for (Path jar : List.of(before, after)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("No jar at " + jar);
            }
        }
        return new Settings(before, after, common, benchmarks.isEmpty() ? DEFAULT_BENCHMARKS : List.copyOf(benchmarks));
    }
}
