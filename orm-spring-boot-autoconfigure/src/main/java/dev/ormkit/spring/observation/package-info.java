/**
 * Micrometer Observations of the statements an engine runs: {@code orm.queries}, one
 * Observation per statement, so a tracing bridge gets a span each and the metrics handler a
 * timer with low-cardinality tags only.
 */
@NullMarked
package dev.ormkit.spring.observation;

import org.jspecify.annotations.NullMarked;
