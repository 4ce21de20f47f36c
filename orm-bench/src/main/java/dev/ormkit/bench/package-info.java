/**
 * JMH benchmarks of ormkit against hand-written JDBC, Hibernate and jOOQ: one class per
 * workload, one {@code @Benchmark} method per implementation, each run on H2 and PostgreSQL.
 * {@link dev.ormkit.bench.BenchmarkReport} runs them all and writes {@code docs/BENCHMARKS.md}.
 */
@NullMarked
package dev.ormkit.bench;

import org.jspecify.annotations.NullMarked;
