package dev.ormkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.ormkit.bench.report.Environment;
import dev.ormkit.bench.report.MarkdownReport;
import dev.ormkit.bench.report.Measured;
import dev.ormkit.bench.report.RunInfo;
import dev.ormkit.bench.startup.StartupSection;
import dev.ormkit.bench.support.Database;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite through JMH and writes {@code docs/BENCHMARKS-JMH.md}: JMH's own
 * figures per benchmark. The verdicts per target come from the paired runner
 * ({@code dev.ormkit.bench.paired.PairedRunner}), which writes {@code docs/BENCHMARKS.md}.
 *
 * <pre>
 * java -jar orm-bench/target/benchmarks.jar [--smoke] [--databases h2,postgresql] [--include REGEX]
 *                                           [--output docs/BENCHMARKS-JMH.md] [--json FILE]
 * </pre>
 *
 * <p>Iteration counts come from {@link Iterations}, through each benchmark class's
 * {@code @Warmup}/{@code @Measurement}, chosen so that the 78 benchmarks fit in under 15
 * minutes on a 2-core machine: one fork each (a fresh JVM per benchmark, so one framework's JIT
 * profile never colours another's); for the averaged workloads 2 warm-up iterations of 500 ms
 * and 10 measured ones of 400 ms; for insert and update, whose operation takes up to a second,
 * single shots on fresh data (2 + 8 for insert, 5 + 12 for update). The report prints JMH's
 * 99.9% error bars: where they overlap a target it claims neither a hit nor a miss. More forks
 * would also catch run-to-run JIT variance, at a multiple of the time.
 * {@code --smoke} runs one short iteration per benchmark and proves the suite works end to end.
 */
public final class BenchmarkReport {
    /** What the forked benchmark JVMs run with: a fixed heap, and Hibernate's logging routed to SLF4J (warnings only). */
    static final String[] FORK_JVM_ARGS = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"};

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean smoke = false;
        List<Database> databases = List.of(Database.values());
        String include = BenchmarkReport.class.getPackageName().replace(".", "\\.") + "\\..*Benchmark";
        Path output = Path.of("docs", "BENCHMARKS-JMH.md");
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke":
                    smoke = true;
                    break;
                case "--databases":
                    databases = parseDatabases(value(args, ++i, "--databases"));
                    break;
                case "--include":
                    include = value(args, ++i, "--include");
                    break;
                case "--output":
                    output = Path.of(value(args, ++i, "--output"));
                    break;
                case "--json":
                    json = Path.of(value(args, ++i, "--json"));
                    break;
                default:
                    usage("unknown argument '" + args[i] + "'");
            }
        }
        for (Database db : databases) {
            String problem = Environment.unreachable(db);
            if (problem != null) {
                System.err.println(db.paramName() + " is not reachable (" + problem + "). Start it, set"
                        + " ORMKIT_BENCH_POSTGRES_URL, or leave it out with --databases h2.");
                System.exit(2);
            }
        }

        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .param("database", databases.stream().map(Database::paramName).toArray(String[]::new))
                .forks(1)
                .threads(1)
                .jvmArgsAppend(FORK_JVM_ARGS)
                .shouldFailOnError(true);
        if (smoke) {
            options.warmupIterations(0)
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(200));
        }
        if (json != null) {
            options.result(json.toString()).resultFormat(ResultFormatType.JSON);
        }

        Environment environment = Environment.collect(databases);
        ZonedDateTime started = ZonedDateTime.now();
        long t0 = System.nanoTime();
        List<Measured> results = new ArrayList<>();
        for (RunResult r : new Runner(options.build()).run()) {
            results.add(Measured.of(r));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        environment.put("Load average at end", String.format(Locale.ROOT, "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        String command = "./mvnw -B -q -pl orm-bench -am package -DskipTests && java -jar orm-bench/target/benchmarks.jar"
                + (smoke ? " --smoke" : "")
                + (databases.size() < Database.values().length
                        ? " --databases " + String.join(",", databases.stream().map(Database::paramName).toList()) : "");
        String markdown = MarkdownReport.render(results, environment, new RunInfo(started, elapsed, command, smoke));
        markdown = StartupSection.carryOver(output, markdown); // the start-up figures come from another run
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, markdown, StandardCharsets.UTF_8);
        System.out.println("Wrote " + output.toAbsolutePath() + " (" + results.size() + " benchmarks, "
                + elapsed.toMinutes() + " min)");
    }

    private static List<Database> parseDatabases(String list) {
        List<Database> dbs = new ArrayList<>();
        for (String name : list.split(",")) {
            try {
                dbs.add(Database.named(name.trim().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                usage(e.getMessage());
            }
        }
        return dbs;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java -jar orm-bench/target/benchmarks.jar [--smoke] [--databases h2,postgresql]"
                + " [--include REGEX] [--output docs/BENCHMARKS-JMH.md] [--json FILE]");
        System.exit(2);
    }
}
