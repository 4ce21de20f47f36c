package dev.ormkit.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The start-up figures' own section of {@code docs/BENCHMARKS.md}, between two markers: the
 * start-up benchmark rewrites only that section, and the JMH suite, which rewrites the rest of
 * the file, carries it over.
 */
public final class StartupSection {
    static final String BEGIN = "<!-- start-up benchmark: written by dev.ormkit.bench.startup.StartupBenchmark -->";
    static final String END = "<!-- end of start-up benchmark -->";

    private StartupSection() {
    }

    /** {@code markdown} with the start-up section of the file at {@code existing} (if any) appended. */
    public static String carryOver(Path existing, String markdown) throws IOException {
        if (!Files.exists(existing)) {
            return markdown;
        }
        String old = Files.readString(existing, StandardCharsets.UTF_8);
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        if (begin < 0 || end < begin || markdown.contains(BEGIN)) {
            return markdown;
        }
        return markdown.stripTrailing() + "\n\n" + old.substring(begin, end + END.length()) + "\n";
    }

    /** Writes {@code section} into {@code file}, replacing its start-up section, or appending one. */
    static void write(Path file, String section) throws IOException {
        String block = BEGIN + "\n" + section.strip() + "\n" + END;
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? old.substring(0, begin) + block + old.substring(end + END.length())
                : old.stripTrailing() + (old.isEmpty() ? "" : "\n\n") + block + "\n";
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
