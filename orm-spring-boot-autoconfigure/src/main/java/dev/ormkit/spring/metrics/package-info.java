/**
 * Micrometer meters of ormkit's sessions and statements: {@code orm.nplusone},
 * {@code orm.lazy.loads}, {@code orm.session.flushes}, and {@code orm.queries} as a plain
 * timer where no observation registry makes it.
 */
@NullMarked
package dev.ormkit.spring.metrics;

import org.jspecify.annotations.NullMarked;
