/**
 * What every workload shares: the database of a trial and its schema, the test data, and the
 * per-framework states (ormkit's here, Hibernate's in {@code jpa}, jOOQ's in {@code jooq}).
 */
@NullMarked
package dev.ormkit.bench.support;

import org.jspecify.annotations.NullMarked;
