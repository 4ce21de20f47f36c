package dev.ormkit.bench.paired;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.ormkit.bench.Implementation;
import dev.ormkit.bench.Variant;
import dev.ormkit.bench.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;

/**
 * One workload, loading strategy and database whose implementations take turns in the same
 * JVM: the {@code @Benchmark} methods of {@code workload} with {@code @Variant(group = group)}.
 *
 * @param workload the JMH benchmark class
 * @param group the {@link Variant#group()} (empty when the workload has one)
 * @param database {@code h2} or {@code postgresql}
 * @param comparisons the ratios the report shows, targets among them
 */
public record Case(Class<?> workload, String group, String database, List<Comparison> comparisons) {
    /**
     * The time ratio of two contenders of a case, with what it aims for.
     *
     * @param numerator the method whose time is divided
     * @param denominator the method it is divided by
     * @param target the ratio aimed for; 0 when the ratio is shown without a target
     * @param goal how the interval is held against the target
     */
    public record Comparison(String numerator, String denominator, double target, Goal goal) {
        /** A comparison with an "at most {@code target}×" goal (or none, for a target of 0). */
        public Comparison(String numerator, String denominator, double target) {
            this(numerator, denominator, target, Goal.AT_MOST);
        }

        /** Whether the ratio has a target. */
        public boolean hasTarget() {
            return target > 0;
        }

        /** The verdict of {@code ratio} against this comparison's target. */
        public Verdict verdict(Interval ratio) {
            return goal == Goal.AT_MOST ? Verdict.of(ratio, target) : Verdict.within(ratio, target);
        }

        /** The target as the report prints it: "≤ 1.30", "1.00 in interval, ≤ 1.05". */
        public String targetText() {
            return goal == Goal.AT_MOST ? "≤ " + PairedReport.fmt(target)
                    : PairedReport.fmt(target) + " in interval, ≤ " + PairedReport.fmt(target * (1 + Verdict.SENSITIVITY));
        }
    }

    /** How an interval is held against a target. */
    public enum Goal {
        /** The ratio is at most the target: the whole interval at or below it. */
        AT_MOST,
        /**
         * The difference the ratio measures is too small to see: the target (1.00) lies inside
         * the interval, which reaches no more than {@link Verdict#SENSITIVITY} above it. Used
         * where the numerator does strictly more work than the denominator (a listener's
         * plumbing), so a ratio below the target is no gain but a bias of the run.
         */
        WITHIN
    }

    /** A short name: {@code LoadPosts/h2}, {@code UsersWithPosts.joined/postgresql}. */
    public String id() {
        String name = workload.getSimpleName().replace("Benchmark", "");
        return name + (group.isEmpty() ? "" : "." + group) + "/" + database;
    }

    /** The workload's description. */
    public Workload description() {
        return workload.getAnnotation(Workload.class);
    }

    /** Whether one operation is long enough to be timed alone, after unmeasured set-up (JMH's single shot). */
    public boolean singleShot() {
        BenchmarkMode mode = workload.getAnnotation(BenchmarkMode.class);
        return mode != null && List.of(mode.value()).contains(Mode.SingleShotTime);
    }

    /** The implementations that take turns, JDBC baseline first, in declaration order otherwise. */
    public List<Method> contenders() {
        List<Method> methods = new ArrayList<>();
        for (Method m : workload.getMethods()) {
            Variant v = m.getAnnotation(Variant.class);
            if (m.isAnnotationPresent(Benchmark.class) && v != null && v.group().equals(group)) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparingInt((Method m) -> m.getAnnotation(Variant.class).value().ordinal())
                .thenComparing(Method::getName));
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("No @Variant methods in group '" + group + "' of " + workload.getSimpleName());
        }
        return methods;
    }

    /** The contender implemented by {@code impl}; the first one when there are several. */
    public Method contender(Implementation impl) {
        return contenders().stream().filter(m -> m.getAnnotation(Variant.class).value() == impl).findFirst().orElse(null);
    }

    /** The contender named {@code method}. */
    public Method contender(String method) {
        return contenders().stream().filter(m -> m.getName().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No contender " + method + " in " + id()));
    }
}
