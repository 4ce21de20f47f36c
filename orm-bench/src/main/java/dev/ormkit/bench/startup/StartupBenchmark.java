package dev.ormkit.bench.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up cost of one small web + Actuator application with four entities, built four ways
 * (modules of {@code orm-bench-startup}): on the ormkit starter, on spring-boot-starter-jdbc
 * alone, on Spring Data JPA with Hibernate, and the JDBC application again with Spring Data
 * Commons' Boot module beside it (which the starter brings, as every Spring Data starter does):
 * the last tells what ormkit adds on its own. Each start is a cold start: a new JVM on the
 * application's own classpath. Per start it reads Boot's "Started ... in X seconds" line and
 * measures the time from launching the JVM to the first HTTP 200 of {@code GET /products} (a
 * query of the database, over loopback), both in the same run. The request is sent when Boot
 * logs that it started, not by probing the port meanwhile, which would take CPU from the start.
 * Each runs from jars, its own classes too, as a packaged application does.
 * The applications take turns, so that load on the machine falls on all of them alike; one
 * unmeasured start of each first warms the operating system's file cache. The ormkit starter is
 * compared with JDBC alone round by round ({@link PairedStartup}): the median paired
 * difference, its bootstrap interval and the verdict against "at most 0.3 s later to the first
 * HTTP 200"; and, without a verdict, with JDBC and Spring Data Commons (what ormkit adds on its
 * own), and that application with JDBC alone (what Spring Data Commons' Boot module adds).
 *
 * <pre>
 * ./mvnw -B -o -q -pl orm-bench,orm-bench-startup/ormkit-app,orm-bench-startup/jdbc-app,orm-bench-startup/jpa-app,orm-bench-startup/jdbc-data-app -am package -DskipTests
 * java -cp orm-bench/target/classes dev.ormkit.bench.startup.StartupBenchmark --runs 9
 * </pre>
 *
 * Options: {@code --runs N} measured starts per application (default 7), {@code --warmup N}
 * unmeasured starts of each first (default 1), {@code --timeout SECONDS} the longest a start
 * may take (default 600), {@code --root DIR} the project's directory (default: the current
 * one), {@code --jvm "ARGS"} extra JVM options for the applications (default none),
 * {@code --output FILE} where the start-up section is written (default
 * {@code docs/BENCHMARKS.md}), {@code --no-output} to print it only, {@code --verdict-only} to
 * start only the ormkit and the JDBC-only applications and print their paired verdict (twice the
 * rounds in the same time, for a decision the full run left open; nothing is written).
 */
public final class StartupBenchmark {
    private static final Pattern STARTED = Pattern.compile(
            "Started (\\S+) in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    /** One of the applications. */
    record App(String label, String module, String mainClass) {
    }

    private static final String JDBC_MAIN = "dev.ormkit.bench.startup.jdbc.JdbcStoreApplication";
    static final List<App> APPS = List.of(
            new App("ormkit starter", "ormkit-app", "dev.ormkit.bench.startup.ormkit.OrmkitStoreApplication"),
            new App("spring-boot-starter-jdbc only", "jdbc-app", JDBC_MAIN),
            new App("Spring Data JPA (Hibernate)", "jpa-app", "dev.ormkit.bench.startup.jpa.JpaStoreApplication"),
            new App("spring-boot-starter-jdbc with Spring Data Commons", "jdbc-data-app", JDBC_MAIN));
    private static final int ORMKIT = 0;
    private static final int JDBC = 1;
    private static final int JPA = 2;
    private static final int JDBC_DATA = 3;
    /** The modules to build before a run. */
    private static final String BUILD = "./mvnw -B -o -q -pl orm-bench,orm-bench-startup/ormkit-app,"
            + "orm-bench-startup/jdbc-app,orm-bench-startup/jpa-app,orm-bench-startup/jdbc-data-app -am package -DskipTests";

    /**
     * What one start measured, in seconds: Boot's two figures, the wall-clock time to the first
     * HTTP 200, and the CPU time the JVM had used by then (all its threads: far less disturbed
     * than wall-clock time when other work shares the machine).
     */
    record Start(double startedIn, double processRunningFor, double firstResponse, double cpuAtFirstResponse) {
    }

    private final Path root;
    private final List<String> jvmArgs;
    private final Duration startLimit;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    StartupBenchmark(Path root, List<String> jvmArgs, Duration startLimit) {
        this.root = root;
        this.jvmArgs = jvmArgs;
        this.startLimit = startLimit;
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        Path root = Path.of("").toAbsolutePath();
        List<String> jvm = List.of();
        Path output = null;
        boolean write = true;
        boolean verdictOnly = false;
        int warmups = 1;
        Duration limit = Duration.ofMinutes(10);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--jvm" -> jvm = Arrays.asList(args[++i].trim().split("\\s+"));
                case "--output" -> output = Path.of(args[++i]);
                case "--no-output" -> write = false;
                case "--verdict-only" -> verdictOnly = true;
                case "--warmup" -> warmups = Integer.parseInt(args[++i]);
                case "--timeout" -> limit = Duration.ofSeconds(Long.parseLong(args[++i]));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; known: --runs N, --warmup N, --timeout SECONDS, --root DIR, --jvm \"ARGS\", --output FILE,"
                        + " --no-output, --verdict-only");
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (output == null) {
            output = root.resolve("docs").resolve("BENCHMARKS.md");
        }
        StartupBenchmark benchmark = new StartupBenchmark(root, jvm, limit);
        if (verdictOnly) {
            benchmark.verdictOnly(runs, warmups);
        } else {
            benchmark.run(runs, warmups, write ? output : null);
        }
    }

    void run(int runs, int warmups, Path output) throws Exception {
        ZonedDateTime began = ZonedDateTime.now(ZoneOffset.UTC);
        List<List<Start>> results = starts(List.of(ORMKIT, JDBC, JPA, JDBC_DATA), runs, warmups);
        String section = section(runs, warmups, results, began);
        System.out.println();
        System.out.println(section);
        if (output != null) {
            StartupSection.write(output, section);
            System.out.println("Wrote the start-up section of " + output.toAbsolutePath());
        }
    }

    /**
     * Only the ormkit starter and JDBC alone, for the verdict: twice the rounds in the time of a
     * full run. Prints the paired table and the verdict; writes nothing.
     */
    void verdictOnly(int runs, int warmups) throws Exception {
        ZonedDateTime began = ZonedDateTime.now(ZoneOffset.UTC);
        List<List<Start>> results = starts(List.of(ORMKIT, JDBC), runs, warmups);
        System.out.printf(Locale.ROOT, "%nRun of %s: %d rounds of %s and %s; load average %.2f at the end.%n%n",
                began.withNano(0).toLocalDateTime(), runs, APPS.get(ORMKIT).label(), APPS.get(JDBC).label(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(paired(results, ORMKIT, JDBC, 1).markdown(APPS.get(ORMKIT).label(), APPS.get(JDBC).label()));
    }

    /** Starts of the applications at {@code apps} (indexes into {@link #APPS}), round by round; empty lists for the others. */
    private List<List<Start>> starts(List<Integer> apps, int runs, int warmups) throws Exception {
        List<List<Start>> results = new ArrayList<>();
        for (App app : APPS) {
            results.add(new ArrayList<>());
        }
        for (int w = 0; w < warmups; w++) {
            for (int a : apps) {
                System.out.printf(Locale.ROOT, "warm-up %s: %s%n", APPS.get(a).label(), format(start(APPS.get(a))));
            }
        }
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < apps.size(); k++) {
                int a = apps.get((r + k) % apps.size()); // rotate who starts first
                Start s = start(APPS.get(a));
                results.get(a).add(s);
                System.out.printf(Locale.ROOT, "run %d %s: %s%n", r + 1, APPS.get(a).label(), format(s));
            }
        }
        return results;
    }

    private String section(int runs, int warmups, List<List<Start>> results, ZonedDateTime began)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## Start-up: the ormkit starter, JDBC alone, Spring Data JPA\n\n");
        md.append("One small Spring Boot ").append(bootVersion())
                .append(" application (Spring MVC, Actuator, H2 in memory, four entities or tables: customers,\n")
                .append("products, purchase orders, order lines; `GET /products` runs one query and answers JSON), built\n")
                .append("in `orm-bench-startup`: on `orm-spring-boot-starter` (tables created from the mapped classes),\n")
                .append("on `spring-boot-starter-jdbc` alone (tables from `schema.sql`, the query through `JdbcTemplate`), on\n")
                .append("`spring-boot-starter-data-jpa` (Hibernate from the Boot BOM creates the tables; a `JpaRepository`),\n")
                .append("and the JDBC application once more with `spring-boot-data-commons` beside it, which the starter\n")
                .append("brings as every Spring Data starter does (Spring Data's web support and repository metrics): the\n")
                .append("ormkit starter against that one is what ormkit adds on its own.\n")
                .append("Each start is a new JVM (a cold start) on the application's own classpath, all of it jars (the\n")
                .append("application's classes too, as when packaged). Per start: Boot's\n")
                .append("\"Started ... in\" figure, and the time from launching the JVM to the first HTTP 200 of `GET /products`\n")
                .append("over loopback, measured in the same run, and the CPU time the JVM had used by then. The request is\n")
                .append("sent when Boot logs \"Started\" (its web server listens by then), without probing the port meanwhile,\n")
                .append("which would take CPU from the start being measured. The applications take turns, after ")
                .append(warmups).append(" unmeasured start(s) each.\n\n");
        md.append("```sh\n")
                .append(BUILD).append("\n")
                .append("java -cp orm-bench/target/classes dev.ormkit.bench.startup.StartupBenchmark --runs ")
                .append(runs).append(" --warmup ").append(warmups).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Run of %s: %d measured cold starts of each; %s %s; %d CPUs; load average"
                        + " %.2f at the end.%n%n", began.withNano(0).toLocalDateTime(), runs,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cpus = Runtime.getRuntime().availableProcessors();
        // a cold start compiles on every core: the benchmark's own JVMs keep the load at about the
        // number of CPUs or a little above, so only well above that did other work share the machine
        if (load > 2 * cpus) {
            md.append(String.format(Locale.ROOT, "The machine was shared with other work (load average %.0f on %d CPUs):"
                    + " every wall-clock figure below is inflated many times over, and only the differences between"
                    + " the applications, above all in CPU time, carry over to a quiet machine.%n%n", load, cpus));
        }
        md.append("Medians in seconds, with the fastest and slowest start in brackets:\n\n");
        md.append("| application | jars | \"Started in\" | JVM up at \"Started\" | first HTTP 200 | CPU time at first 200 |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        double[] startedIn = new double[APPS.size()];
        double[] firstResponse = new double[APPS.size()];
        double[] cpu = new double[APPS.size()];
        for (int a = 0; a < APPS.size(); a++) {
            List<Start> s = results.get(a);
            startedIn[a] = median(s.stream().map(Start::startedIn).toList());
            firstResponse[a] = median(s.stream().map(Start::firstResponse).toList());
            cpu[a] = median(s.stream().map(Start::cpuAtFirstResponse).toList());
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", APPS.get(a).label(),
                    classpath(APPS.get(a)).size() - 1, stat(s.stream().map(Start::startedIn).toList()),
                    stat(s.stream().map(Start::processRunningFor).toList()),
                    stat(s.stream().map(Start::firstResponse).toList()),
                    stat(s.stream().map(Start::cpuAtFirstResponse).toList())));
        }
        md.append(String.format(Locale.ROOT, "%nDifferences of the medians: the ormkit starter against JDBC alone %+.2f s to"
                        + " \"Started\", %+.2f s to the first HTTP 200, %+.2f s of CPU; Spring Data JPA against the ormkit"
                        + " starter %+.2f s, %+.2f s and %+.2f s of CPU.%n%n",
                startedIn[ORMKIT] - startedIn[JDBC], firstResponse[ORMKIT] - firstResponse[JDBC], cpu[ORMKIT] - cpu[JDBC],
                startedIn[JPA] - startedIn[ORMKIT], firstResponse[JPA] - firstResponse[ORMKIT], cpu[JPA] - cpu[ORMKIT]));
        // fixed seeds: the same starts always give the same intervals
        md.append(paired(results, ORMKIT, JDBC, 1).markdown(APPS.get(ORMKIT).label(), APPS.get(JDBC).label()));
        md.append("\nThe same difference in two parts, without a verdict: what ormkit adds on its own (the starter"
                + " against JDBC with Spring Data Commons), and what Spring Data Commons' Boot module adds (JDBC with it"
                + " against JDBC alone).\n\n");
        md.append(paired(results, ORMKIT, JDBC_DATA, 11).table(APPS.get(ORMKIT).label(), APPS.get(JDBC_DATA).label()));
        md.append("\n");
        md.append(paired(results, JDBC_DATA, JDBC, 21).table(APPS.get(JDBC_DATA).label(), APPS.get(JDBC).label()));
        return md.toString();
    }

    private static PairedStartup paired(List<List<Start>> results, int candidate, int baseline, long seed) {
        return PairedStartup.of(results.get(candidate), results.get(baseline), seed);
    }

    private static String format(Start s) {
        return String.format(Locale.ROOT, "Started in %.3f s (process %.3f s), first HTTP 200 after %.3f s, %.3f s of CPU",
                s.startedIn(), s.processRunningFor(), s.firstResponse(), s.cpuAtFirstResponse());
    }

    /** Boot's version, as the JDBC application's classpath has it. */
    private String bootVersion() throws IOException {
        Pattern jar = Pattern.compile("spring-boot-(\\d[^/\\\\]*)\\.jar$");
        for (String entry : classpath(APPS.get(JDBC))) {
            Matcher m = jar.matcher(entry);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "(unknown version)";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String stat(List<Double> values) {
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(values), Collections.min(values),
                Collections.max(values));
    }

    private List<String> classpath(App app) throws IOException {
        Path module = root.resolve("orm-bench-startup").resolve(app.module());
        Path file = module.resolve("target/classpath.txt");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: build the applications first with " + BUILD
                    + " (or give the project's directory with --root)");
        }
        List<String> entries = new ArrayList<>();
        entries.add(ownJar(module).toString());
        for (String e : Files.readString(file).trim().split(java.io.File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        return entries;
    }

    /**
     * The application's own jar, as a packaged application runs: every application gets one (the
     * JDBC one with Spring Data Commons an empty one), so that none pays for its classes being a
     * directory, where each class the JVM looks up on the class path costs a file lookup there
     * first (some 0.1 s of a start here).
     */
    private static Path ownJar(Path module) throws IOException {
        try (var files = Files.list(module.resolve("target"))) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList();
            if (jars.size() != 1) {
                throw new IllegalStateException("expected the application's jar in " + module.resolve("target")
                        + ", found " + jars + ": build the applications first with " + BUILD);
            }
            return jars.get(0);
        }
    }

    /** One cold start: a new JVM, until Boot says it started and {@code GET /products} answers 200. */
    Start start(App app) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classpath(app)));
        command.add(app.mainClass());
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long launched = System.nanoTime();
        Process process = builder.start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Matcher> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, output, started), "output of " + app.module());
        reader.setDaemon(true);
        reader.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + port + "/products");
            long deadline = launched + startLimit.toNanos();
            // Wait for Boot's "Started" line (the web server listens by then) instead of probing
            // the port: on two cores a probe every few milliseconds takes CPU from the very start
            // being measured, and more of it the longer that start takes.
            Matcher m;
            try {
                m = started.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException(app.label() + " did not log \"Started\" within " + startLimit + ":\n"
                        + tail(output));
            } catch (ExecutionException e) {
                throw new IllegalStateException(app.label() + " ended its output before \"Started\""
                        + (process.isAlive() ? "" : " (exit value " + process.waitFor() + ")") + ":\n" + tail(output),
                        e.getCause());
            }
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(app.label() + " exited with " + process.exitValue() + ":\n"
                            + tail(output));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(app.label() + " gave no HTTP 200 within " + startLimit + ":\n"
                            + tail(output));
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        double firstResponse = (System.nanoTime() - launched) / 1e9;
                        double cpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
                        if (!response.body().startsWith("[")) {
                            throw new IllegalStateException(app.label() + " answered " + response.body());
                        }
                        return new Start(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), firstResponse,
                                cpu);
                    }
                } catch (ConnectException e) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void readOutput(Process process, List<String> output, CompletableFuture<Matcher> started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    started.complete(m);
                }
            }
            started.completeExceptionally(new IllegalStateException("the output ended"));
        } catch (IOException e) {
            started.completeExceptionally(new UncheckedIOException(e));
        }
    }

    private static String tail(List<String> output) {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
