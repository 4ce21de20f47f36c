/**
 * The benchmark's entities as ormkit users declare them (the guide's {@code User} and
 * {@code Post}, trimmed to the columns the workloads touch). Raw JDBC and jOOQ fill the same
 * classes by hand.
 */
@NullMarked
package dev.ormkit.bench.model;

import org.jspecify.annotations.NullMarked;
