package dev.ormkit.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The figures a run measured, printed and appended to {@code target/reliability/figures.txt},
 * where docs/RELIABILITY.md's tables come from.
 */
public final class Figures {
    private static final Path FILE = Path.of("target", "reliability", "figures.txt");

    private Figures() {
    }

    /** Prints and keeps one line: {@code server test: key=value ...}. */
    public static synchronized void record(Server server, String test, String values) {
        // the machine's load says how far the timings are from a quiet machine's
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String line = Instant.now() + " " + server + " " + test + (LoadSettings.full() ? " [full]" : "") + ": " + values
                + String.format(" (cpus=%d load-average=%.1f)", Runtime.getRuntime().availableProcessors(), load);
        System.out.println("[reliability] " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
