/** Turns a JMH run into {@code docs/BENCHMARKS.md}: environment, summary against targets, per-workload tables. */
@NullMarked
package dev.ormkit.bench.report;

import org.jspecify.annotations.NullMarked;
