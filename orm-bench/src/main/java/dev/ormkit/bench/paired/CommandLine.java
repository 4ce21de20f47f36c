package dev.ormkit.bench.paired;

/** Reading the options of the comparison commands: a value after its option, a count with a floor. */
final class CommandLine {
    private CommandLine() {
    }

    /** The value after option {@code args[i - 1]}. */
    static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** The count after option {@code args[i - 1]}, refused below {@code min}. */
    static int atLeast(String[] args, int i, int min) {
        int n = Integer.parseInt(value(args, i));
        if (n < min) {
            throw new IllegalArgumentException(args[i - 1] + " must be at least " + min + ", got " + n);
        }
        return n;
    }
}
