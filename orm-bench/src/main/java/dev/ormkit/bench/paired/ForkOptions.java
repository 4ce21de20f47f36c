package dev.ormkit.bench.paired;

import java.nio.file.Path;
import java.util.List;

/**
 * The options both comparisons in forks take ({@link BuildComparison}, {@link ForkComparison}):
 * {@code --databases h2,postgresql}, {@code --pairs 6}, {@code --warmup 3},
 * {@code --iterations 5}, {@code --iteration-ms 400}, {@code --no-gc} and {@code --output FILE.md},
 * with those defaults (no output file).
 */
final class ForkOptions {
    private List<String> databases = List.of("h2");
    private int pairs = 6;
    private int warmup = 3;
    private int iterations = 5;
    private int iterationMillis = 400;
    private boolean gc = true;
    private Path output;

    /**
     * Reads the option at {@code args[i]} when it is one of these: the index of the last argument
     * it took, or -1 when {@code args[i]} is something else (the command's own option or argument).
     */
    int read(String[] args, int i) {
        int at = i;
        switch (args[i]) {
            case "--databases" -> databases = List.of(CommandLine.value(args, ++at).split(","));
            case "--pairs" -> pairs = CommandLine.atLeast(args, ++at, 1);
            case "--warmup" -> warmup = CommandLine.atLeast(args, ++at, 0);
            case "--iterations" -> iterations = CommandLine.atLeast(args, ++at, 1);
            case "--iteration-ms" -> iterationMillis = CommandLine.atLeast(args, ++at, 1);
            case "--no-gc" -> gc = false;
            case "--output" -> output = Path.of(CommandLine.value(args, ++at));
            default -> {
                return -1;
            }
        }
        return at;
    }

    List<String> databases() {
        return databases;
    }

    int pairs() {
        return pairs;
    }

    /** How each fork runs: its iterations and whether with {@code -prof gc}. */
    JmhFork fork() {
        return new JmhFork(warmup, iterations, iterationMillis, gc);
    }

    /** The file the markdown goes to; null: printed only. */
    Path output() {
        return output;
    }
}
