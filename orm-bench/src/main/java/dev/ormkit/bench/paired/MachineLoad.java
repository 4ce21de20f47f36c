package dev.ormkit.bench.paired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load as Linux reports it ({@code /proc/loadavg}: runnable tasks averaged over
 * 1, 5 and 15 minutes), read before and after each case: on a shared machine the report says
 * what else was running, not only what the benchmark did.
 */
public final class MachineLoad {
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private MachineLoad() {
    }

    /** The first three fields of {@code /proc/loadavg}, e.g. {@code "2.31 1.97 1.40"}; "n/a" elsewhere. */
    public static String now() {
        try {
            String[] f = Files.readString(LOADAVG).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** The one-minute load average, or NaN when unknown. */
    public static double oneMinute(String loadavg) {
        try {
            return Double.parseDouble(loadavg.split(" ")[0]);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Processors the JVM may use. */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
