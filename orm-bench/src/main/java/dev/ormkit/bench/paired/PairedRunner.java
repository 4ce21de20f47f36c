package dev.ormkit.bench.paired;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import dev.ormkit.bench.report.Environment;
import dev.ormkit.bench.support.Database;

/**
 * Runs the paired suite and writes its section of {@code docs/BENCHMARKS.md}.
 *
 * <pre>
 * java -cp orm-bench/target/benchmarks.jar dev.ormkit.bench.paired.PairedRunner
 *      [--databases h2,postgresql] [--include REGEX] [--forks 2] [--rounds 10] [--warmup 10]
 *      [--slice-ms 100] [--lazy] [--quick] [--output docs/BENCHMARKS.md]
 * </pre>
 *
 * <p>Each case (a workload, loading strategy and database) runs in {@code --forks} fresh JVMs
 * one after the other; in each, its implementations take turns (see {@link ForkRun}) for
 * {@code --warmup} unmeasured and {@code --rounds} measured rounds. Single-shot workloads
 * (insert, update), whose operation takes up to a second, run fewer rounds. The defaults keep
 * a full run on both databases under 15 minutes on 2 cores.
 *
 * <p>Ten warm-up rounds, a second of work per implementation and JVM, because a fork's JIT
 * compiles every implementation's code in the same two cores: with three, a get by key on
 * PostgreSQL still ran partly interpreted code (ormkit 1.68x JDBC, Hibernate 4.8x, jOOQ 4.4x),
 * with eight or fifteen it measured what JMH measures after seconds of warm-up (ormkit 1.26-1.28x,
 * Hibernate 1.3-1.9x, jOOQ 2.2-2.5x). {@code --quick} runs one fork of
 * a few short rounds per case, to check that the suite works.
 */
public final class PairedRunner {
    static final String[] FORK_JVM_ARGS = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"};

    static final String USAGE = """
            java -cp orm-bench/target/benchmarks.jar dev.ormkit.bench.paired.PairedRunner
                 [--databases h2,postgresql] [--include REGEX] [--forks 2] [--rounds 10] [--warmup 10]
                 [--slice-ms 100] [--single-shot-rounds 4] [--lazy] [--quick] [--output docs/BENCHMARKS.md]
            --include REGEX runs the cases whose id it finds: LoadPosts/h2, UsersWithPosts.joined/postgresql,
            EventCost.get/h2 (ids are Workload[.group]/database).""";

    private PairedRunner() {
    }

    /** The settings of a run. */
    record Settings(List<String> databases, Pattern include, int forks, int rounds, int warmup, int sliceMillis,
                    int singleShotRounds, int singleShotWarmup, boolean lazy, Path output) {
        int roundsOf(Case c) {
            return c.singleShot() ? singleShotRounds : rounds;
        }

        int warmupOf(Case c) {
            return c.singleShot() ? singleShotWarmup : warmup;
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("--fork")) {
            runFork(args);
            return;
        }
        if (List.of(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        Settings settings = parse(args);
        List<Database> dbs = settings.databases().stream().map(Database::named).toList();
        for (Database db : dbs) {
            String problem = Environment.unreachable(db);
            if (problem != null) {
                System.err.println(db.paramName() + " is not reachable (" + problem + "); leave it out with --databases h2");
                System.exit(2);
            }
        }
        Environment environment = Environment.collect(dbs);
        String loadAtStart = MachineLoad.now();
        ZonedDateTime started = ZonedDateTime.now();
        long t0 = System.nanoTime();
        List<CaseResult> results = new ArrayList<>();
        for (Case c : Suite.cases(settings.databases(), settings.lazy())) {
            if (!settings.include().matcher(c.id()).find()) {
                continue;
            }
            results.add(runCase(c, settings));
            // written after every case: a run cut short still leaves the cases it finished
            write(results, environment, settings, started, t0, loadAtStart, args);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        System.out.println(write(results, environment, settings, started, t0, loadAtStart, args).summary());
        System.out.println("Wrote the paired run into " + settings.output().toAbsolutePath() + " ("
                + results.size() + " cases, " + elapsed.toSeconds() + " s)");
    }

    private static PairedReport write(List<CaseResult> results, Environment environment, Settings settings,
                                      ZonedDateTime started, long t0, String loadAtStart, String[] args) throws IOException {
        PairedReport report = new PairedReport(results, environment, settings, started,
                Duration.ofNanos(System.nanoTime() - t0), loadAtStart, MachineLoad.now(), commandLine(args));
        PairedReport.writeSection(settings.output(), report.render());
        return report;
    }

    private static CaseResult runCase(Case c, Settings s) throws IOException, InterruptedException {
        String before = MachineLoad.now();
        long t0 = System.nanoTime();
        List<Round> rounds = new ArrayList<>();
        for (int fork = 0; fork < s.forks(); fork++) {
            rounds.addAll(fork(c, fork, s));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CaseResult result = new CaseResult(c, rounds, before, MachineLoad.now(), seconds);
        System.out.printf(Locale.ROOT, "%-40s %5.1f s  load %s -> %s%n", c.id(), seconds, before, result.loadAfter());
        for (Case.Comparison cmp : c.comparisons()) {
            Interval r = result.ratio(cmp);
            System.out.printf(Locale.ROOT, "    %-28s / %-24s %6.3f [%6.3f, %6.3f]%s%n", cmp.numerator(), cmp.denominator(),
                    r.estimate(), r.low(), r.high(), cmp.hasTarget()
                            ? " target " + cmp.targetText() + ": " + cmp.verdict(r).label() : "");
        }
        for (Method m : c.contenders()) {
            // allocation per operation, which a loaded machine does not disturb
            System.out.printf(Locale.ROOT, "    %-28s %10s/op %10s/op%n", m.getName(),
                    PairedReport.time(result.medianNanos(m.getName())), PairedReport.bytes(result.medianBytes(m.getName())));
        }
        return result;
    }

    /** Runs one fork of a case in a new JVM on this JVM's class path and reads back its rounds. */
    private static List<Round> fork(Case c, int fork, Settings s) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(FORK_JVM_ARGS));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PairedRunner.class.getName(),
                "--fork", c.id(), Integer.toString(fork), Integer.toString(s.warmupOf(c)),
                Integer.toString(s.roundsOf(c)), Integer.toString(s.sliceMillis())));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Round> rounds = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Round r = Round.parse(line);
                if (r != null) {
                    rounds.add(r);
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("Fork " + fork + " of " + c.id() + " failed (exit " + exit + "):\n" + other);
        }
        return rounds;
    }

    /** The body of a forked JVM: {@code --fork CASE FORK WARMUP ROUNDS SLICE_MS}. */
    private static void runFork(String[] args) {
        String id = args[1];
        Case c = Suite.cases(List.of("h2", "postgresql"), true).stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No case " + id));
        new ForkRun(c, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Integer.parseInt(args[5])).run(System.out);
    }

    static Settings parse(String[] args) {
        List<String> databases = List.of("h2", "postgresql");
        Pattern include = Pattern.compile("");
        int forks = 2;
        int rounds = 10;
        int warmup = 10;
        int slice = 100;
        int singleShotRounds = 4;
        int singleShotWarmup = 1;
        boolean lazy = false;
        Path output = Path.of("docs", "BENCHMARKS.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--databases" -> databases = List.of(CommandLine.value(args, ++i).split(","));
                case "--include" -> include = Pattern.compile(CommandLine.value(args, ++i));
                case "--forks" -> forks = CommandLine.atLeast(args, ++i, 1);
                case "--rounds" -> rounds = CommandLine.atLeast(args, ++i, 1);
                case "--warmup" -> warmup = CommandLine.atLeast(args, ++i, 1);
                case "--slice-ms" -> slice = CommandLine.atLeast(args, ++i, 1);
                case "--single-shot-rounds" -> singleShotRounds = CommandLine.atLeast(args, ++i, 1);
                case "--lazy" -> lazy = true;
                case "--output" -> output = Path.of(CommandLine.value(args, ++i));
                case "--quick" -> {
                    forks = 1;
                    rounds = 3;
                    warmup = 1;
                    slice = 50;
                    singleShotRounds = 2;
                    singleShotWarmup = 1;
                }
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i] + "'; see the PairedRunner Javadoc");
            }
        }
        for (String db : databases) {
            Database.named(db);
        }
        return new Settings(databases, include, forks, rounds, warmup, slice, singleShotRounds, singleShotWarmup, lazy, output);
    }

    private static String commandLine(String[] args) {
        return "java -cp orm-bench/target/benchmarks.jar " + PairedRunner.class.getName()
                + (args.length == 0 ? "" : " " + String.join(" ", args));
    }
}
