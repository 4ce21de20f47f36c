package dev.ormkit.bench.report;

import java.lang.reflect.Method;
import dev.ormkit.bench.Implementation;
import dev.ormkit.bench.Variant;
import dev.ormkit.bench.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One benchmark method on one database, as JMH measured it, with the {@link Workload} and
 * {@link Variant} that say where it goes in the report.
 */
public final class Measured {
    private final Workload workload;
    private final Variant variant;
    private final String method;
    private final String database;
    private final double score;
    private final double error;
    private final String unit;
    private final long samples;
    private final BenchmarkParams params;

    private Measured(Workload workload, Variant variant, String method, String database, double score, double error,
                     String unit, long samples, BenchmarkParams params) {
        this.workload = workload;
        this.variant = variant;
        this.method = method;
        this.database = database;
        this.score = score;
        this.error = error;
        this.unit = unit;
        this.samples = samples;
        this.params = params;
    }

    /** Reads a JMH result; the benchmark class and method must carry {@link Workload} and {@link Variant}. */
    public static Measured of(RunResult run) {
        BenchmarkParams params = run.getParams();
        String benchmark = params.getBenchmark();
        int dot = benchmark.lastIndexOf('.');
        String className = benchmark.substring(0, dot);
        String methodName = benchmark.substring(dot + 1);
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JMH reported " + benchmark + " but its class is not on the class path", e);
        }
        Workload workload = type.getAnnotation(Workload.class);
        if (workload == null) {
            throw new IllegalStateException(className + " has no @Workload: the report cannot place it");
        }
        Variant variant = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(methodName) && m.isAnnotationPresent(Benchmark.class)) {
                variant = m.getAnnotation(Variant.class);
            }
        }
        if (variant == null) {
            throw new IllegalStateException(benchmark + " has no @Variant: the report cannot place it");
        }
        Result<?> primary = run.getPrimaryResult();
        String database = params.getParam("database");
        return new Measured(workload, variant, methodName, database == null ? "?" : database,
                primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                primary.getStatistics().getN(), params);
    }

    public Workload workload() {
        return workload;
    }

    public Variant variant() {
        return variant;
    }

    public Implementation implementation() {
        return variant.value();
    }

    public String method() {
        return method;
    }

    public String database() {
        return database;
    }

    /** The mean time per operation. */
    public double score() {
        return score;
    }

    /** JMH's half-width of the 99.9% confidence interval; NaN with too few samples. */
    public double error() {
        return error;
    }

    public String unit() {
        return unit;
    }

    public long samples() {
        return samples;
    }

    public BenchmarkParams params() {
        return params;
    }
}
