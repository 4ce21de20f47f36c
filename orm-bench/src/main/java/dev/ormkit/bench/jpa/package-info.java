/** Hibernate's entities for the benchmark tables, and the state that boots Hibernate for a trial. */
@NullMarked
package dev.ormkit.bench.jpa;

import org.jspecify.annotations.NullMarked;
