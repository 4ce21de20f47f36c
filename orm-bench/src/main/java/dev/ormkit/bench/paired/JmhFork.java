package dev.ormkit.bench.paired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One JMH fork of one benchmark method and database, from a given benchmarks jar: a JVM of its
 * own, so its time includes every collection its own garbage causes and none of another
 * method's. {@link BuildComparison} runs two builds' jars this way, {@link ForkComparison} two
 * methods of one jar.
 *
 * @param warmup warm-up iterations
 * @param iterations measured iterations
 * @param iterationMillis the length of each
 * @param gc whether to add {@code -prof gc} (allocation and collection time per fork)
 */
record JmhFork(int warmup, int iterations, int iterationMillis, boolean gc) {
    /** Runs {@code benchmark} (its full JMH name) from {@code jar} on {@code db} and reads its CSV. */
    JmhCsv run(Path jar, String benchmark, String db) throws IOException, InterruptedException {
        Path csv = Files.createTempFile("jmh-fork", ".csv");
        try {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", jar.toString(), "org.openjdk.jmh.Main", "^" + benchmark.replace(".", "\\.") + "$",
                    "-f", "1", "-wi", Integer.toString(warmup), "-i", Integer.toString(iterations),
                    "-w", iterationMillis + "ms", "-r", iterationMillis + "ms", "-p", "database=" + db,
                    "-rf", "csv", "-rff", csv.toString()));
            if (gc) {
                command.addAll(List.of("-prof", "gc"));
            }
            Path log = Files.createTempFile("jmh-fork", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            if (exit != 0 || Files.size(csv) == 0) {
                throw new IllegalStateException("JMH run of " + benchmark + " from " + jar + " failed (exit " + exit
                        + "); its output is in " + log);
            }
            Files.delete(log);
            return JmhCsv.parse(Files.readAllLines(csv, StandardCharsets.UTF_8), benchmark);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** One side of a comparison: a benchmark (its full JMH name) in a jar, and what progress lines call it. */
    record Side(Path jar, String benchmark, String label) {
    }

    /**
     * {@code pairs} pairs of forks of the two sides on {@code db}, each pair back to back, the
     * pairs alternating which side runs first so that neither always runs in the other's wake;
     * a line per fork on standard output.
     */
    ForkPairs pairs(Side before, Side after, String db, int pairs) throws IOException, InterruptedException {
        List<JmhCsv> beforeRuns = new ArrayList<>();
        List<JmhCsv> afterRuns = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            boolean beforeFirst = pair % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                Side side = (turn == 0) == beforeFirst ? before : after;
                JmhCsv r = run(side.jar(), side.benchmark(), db);
                (side == before ? beforeRuns : afterRuns).add(r);
                System.out.printf(Locale.ROOT, "%s %s pair %d: %s (load %s)%n", side.label(), db, pair, r, MachineLoad.now());
            }
        }
        return new ForkPairs(after.benchmark(), db, beforeRuns, afterRuns);
    }

    /** When a comparison started, and on how many cores: "2026-12-03 04:13 UTC, 2 cores". */
    static String startedOn(java.time.ZonedDateTime started) {
        return started.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)) + ", "
                + MachineLoad.cores() + " cores";
    }

    /** Prints a comparison's markdown and, with an {@code output} file, writes it there. */
    static void publish(String markdown, Path output) throws IOException {
        System.out.println();
        System.out.println(markdown);
        if (output != null) {
            Files.writeString(output, markdown, StandardCharsets.UTF_8);
            System.out.println("Wrote " + output.toAbsolutePath());
        }
    }

    /** The measured time of a fork, for the share its collections took of it. */
    double measuredMillis() {
        return (double) iterations * iterationMillis;
    }

    /** {@code LoadPosts.ormkit} as JMH names it: {@code dev.ormkit.bench.LoadPostsBenchmark.ormkit}. */
    static String fullName(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        if (dot <= 0 || dot == benchmark.length() - 1) {
            throw new IllegalArgumentException("A benchmark is Workload.method, e.g. LoadPosts.ormkit; got " + benchmark);
        }
        String workload = benchmark.substring(0, dot);
        return "dev.ormkit.bench." + (workload.endsWith("Benchmark") ? workload : workload + "Benchmark")
                + benchmark.substring(dot);
    }
}
