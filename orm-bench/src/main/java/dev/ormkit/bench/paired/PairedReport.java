package dev.ormkit.bench.paired;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.ormkit.bench.Variant;
import dev.ormkit.bench.Workload;
import dev.ormkit.bench.paired.Case.Comparison;
import dev.ormkit.bench.report.Environment;

/**
 * The markdown of a paired run: the verdict of every target first, then per case the
 * contenders' median time and allocation per operation and every ratio with its interval.
 * It fills the part of {@code docs/BENCHMARKS.md} between {@link #BEGIN} and {@link #END}, so
 * the hand-written analysis and the start-up section around it stay.
 */
final class PairedReport {
    static final String BEGIN = "<!-- paired run: written by dev.ormkit.bench.paired.PairedRunner -->";
    static final String END = "<!-- end of paired run -->";

    private final List<CaseResult> results;
    private final Environment environment;
    private final PairedRunner.Settings settings;
    private final ZonedDateTime started;
    private final Duration elapsed;
    private final String loadAtStart;
    private final String loadAtEnd;
    private final String command;

    PairedReport(List<CaseResult> results, Environment environment, PairedRunner.Settings settings,
                 ZonedDateTime started, Duration elapsed, String loadAtStart, String loadAtEnd, String command) {
        this.results = results;
        this.environment = environment;
        this.settings = settings;
        this.started = started;
        this.elapsed = elapsed;
        this.loadAtStart = loadAtStart;
        this.loadAtEnd = loadAtEnd;
        this.command = command;
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append("\n## Paired run: a verdict per target\n\n");
        md.append("Run of ").append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)))
                .append(", ").append(elapsed.toMinutes()).append(" min ").append(elapsed.toSecondsPart())
                .append(" s, on ").append(MachineLoad.cores()).append(" cores; load average (1, 5, 15 min) ")
                .append(loadAtStart).append(" at the start, ").append(loadAtEnd).append(" at the end. Command:\n\n```sh\n")
                .append("./mvnw -B -q -pl orm-bench -am package -DskipTests\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Each case: %d fork(s); per fork %d warm-up and %d measured rounds of %d ms slots "
                        + "(single-shot workloads: %d + %d rounds of one operation each). Ratios are medians over paired rounds "
                        + "with a %d%% bootstrap interval (forks resampled, then rounds within them; %,d resamples). "
                        + "A target is **met** when the whole interval is at or below it, **missed** when the whole interval "
                        + "is above it, **undecided** otherwise.%s Allocation is the measuring thread's allocated bytes "
                        + "per operation (`ThreadMXBean`). GC pauses: the share of a contender's slot time the "
                        + "collectors reported (`GarbageCollectorMXBean`); the contenders share a JVM, so a pause in one "
                        + "slot also copies what the slots before it left reachable.\n\n",
                settings.forks(), settings.warmup(), settings.rounds(), settings.sliceMillis(), settings.singleShotWarmup(),
                settings.singleShotRounds(), Math.round(PairedStatistics.CONFIDENCE * 100), PairedStatistics.RESAMPLES,
                anyWithin() ? WITHIN_RULE : ""));
        md.append("| | |\n|---|---|\n");
        for (Map.Entry<String, String> f : environment.facts().entrySet()) {
            if (!f.getKey().startsWith("Load average")) {
                md.append("| ").append(f.getKey()).append(" | ").append(f.getValue()).append(" |\n");
            }
        }
        md.append("\n### Verdicts\n\n| workload | database | ratio | median | 95% interval | target | verdict |\n"
                + "|---|---|---|--:|--:|--:|---|\n");
        for (CaseResult r : results) {
            for (Comparison c : r.benchCase().comparisons()) {
                if (c.hasTarget()) {
                    Interval i = r.ratio(c);
                    md.append("| ").append(title(r.benchCase())).append(" | ").append(r.benchCase().database())
                            .append(" | ").append(label(r.benchCase(), c.numerator())).append(" / ")
                            .append(label(r.benchCase(), c.denominator())).append(" | ").append(fmt(i.estimate()))
                            .append(" | ").append(fmt(i.low())).append("–").append(fmt(i.high())).append(" | ")
                            .append(c.targetText()).append(" | **").append(c.verdict(i).label()).append("** |\n");
                }
            }
        }
        md.append("\n### Cases\n");
        for (CaseResult r : results) {
            Case c = r.benchCase();
            md.append("\n#### ").append(title(c)).append(" — ").append(c.database()).append("\n\n");
            md.append(String.format(Locale.ROOT, "%d fork(s), %d paired rounds, %.0f s; load %s before, %s after.%n%n",
                    r.forks(), r.pairedRounds(), r.seconds(), r.loadBefore(), r.loadAfter()));
            md.append("| implementation | how | median time/op | median alloc/op | GC pauses in its slots | ops per slot |\n"
                    + "|---|---|--:|--:|--:|--:|\n");
            for (Method m : c.contenders()) {
                String name = m.getName();
                md.append("| ").append(label(c, name)).append(" | ").append(m.getAnnotation(Variant.class).note())
                        .append(" | ").append(time(r.medianNanos(name))).append(" | ").append(bytes(r.medianBytes(name)))
                        .append(" | ").append(String.format(Locale.ROOT, "%.1f%%", 100 * r.gcShare(name)))
                        .append(" | ").append(String.format(Locale.ROOT, "%.0f", r.medianOperations(name))).append(" |\n");
            }
            md.append("\n| ratio | median | 95% interval | target | verdict |\n|---|--:|--:|--:|---|\n");
            for (Comparison cmp : c.comparisons()) {
                Interval i = r.ratio(cmp);
                md.append("| ").append(label(c, cmp.numerator())).append(" / ").append(label(c, cmp.denominator()))
                        .append(" | ").append(fmt(i.estimate())).append(" | ").append(fmt(i.low())).append("–")
                        .append(fmt(i.high())).append(" | ").append(cmp.hasTarget() ? cmp.targetText() : "")
                        .append(" | ").append(cmp.hasTarget() ? cmp.verdict(i).label() : "").append(" |\n");
            }
        }
        md.append('\n').append(END).append('\n');
        return md.toString();
    }

    /** The rule of a {@link Case.Goal#WITHIN} target, said once in the report when some case has one. */
    private static final String WITHIN_RULE = " A target \"1.00 in interval, ≤ 1.05\" (the event cost: ormkit with a no-op "
            + "listener over ormkit with none, the same workload) is **met** when the interval holds 1.00 and reaches no "
            + "higher than 1.05 (the listener's cost too small to see, in a run that could see 5%), **missed** when the "
            + "whole interval is above 1.00, **undecided** otherwise (too wide to tell, or wholly below 1.00: more work "
            + "cannot be faster, a bias of the run).";

    private boolean anyWithin() {
        return results.stream().flatMap(r -> r.benchCase().comparisons().stream())
                .anyMatch(c -> c.hasTarget() && c.goal() == Case.Goal.WITHIN);
    }

    /** One line per target, for the console. */
    String summary() {
        StringBuilder s = new StringBuilder("Verdicts:\n");
        for (CaseResult r : results) {
            for (Comparison c : r.benchCase().comparisons()) {
                if (c.hasTarget()) {
                    Interval i = r.ratio(c);
                    s.append(String.format(Locale.ROOT, "  %-36s %-24s %-20s %.3f [%.3f, %.3f] %s %s%n",
                            r.benchCase().id(), c.numerator(), c.denominator(), i.estimate(), i.low(), i.high(),
                            c.targetText(), c.verdict(i).label()));
                }
            }
        }
        return s.toString();
    }

    private static String title(Case c) {
        Workload w = c.description();
        return w.number() + ". " + w.title() + (c.group().isEmpty() ? "" : " — " + c.group());
    }

    /** "ormkit (ormkitReadOnlyTx)": the implementation and, where a case has several of it, the method. */
    private static String label(Case c, String method) {
        Method m = c.contender(method);
        var impl = m.getAnnotation(Variant.class).value();
        long same = c.contenders().stream().filter(o -> o.getAnnotation(Variant.class).value() == impl).count();
        return impl.label() + (same > 1 ? " `" + method + "`" : "");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 10 ? "%.1f" : "%.2f", v);
    }

    static String time(double nanos) {
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    static String bytes(double b) {
        if (b >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", b / (1 << 20));
        }
        if (b >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KB", b / (1 << 10));
        }
        return String.format(Locale.ROOT, "%.0f B", b);
    }

    /** Replaces the paired section of {@code file}, or puts it after the file's first line. */
    static void writeSection(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# ormkit benchmarks\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated;
        if (begin >= 0 && end > begin) {
            updated = text.substring(0, begin) + section + text.substring(end + END.length() + 1);
        } else {
            int firstLine = text.indexOf('\n') + 1;
            updated = text.substring(0, firstLine) + "\n" + section + "\n" + text.substring(firstLine);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
