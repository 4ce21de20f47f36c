/**
 * What an engine and its sessions report, for metrics, tracing, logging and tests.
 *
 * <ul>
 * <li>{@link dev.ormkit.event.StatementListener}: every statement, with one
 *     {@link dev.ormkit.event.StatementEvent} per execution shared by its start, end and error
 *     callbacks (the engine's name, the SQL and parameters, kind, batch size, row count,
 *     duration, the {@link dev.ormkit.event.Origin} and the mapped class, and a slot for the
 *     listener's own data, such as a span).</li>
 * <li>{@link dev.ormkit.event.OrmListener}: flushes (start and end, with rows written,
 *     duration and error), lazy loads (with duration and the calling line) and N+1 reports.</li>
 * <li>{@link dev.ormkit.event.StatementCounter}: a statement listener for tests that pin how
 *     many statements, of which kind and origin, a code path sends.</li>
 * </ul>
 *
 * Listeners are registered per engine ({@code engine.events()}); with none registered, no
 * event object is built: a statement, a flush or a lazy load only checks that the listener
 * list is empty.
 */
@NullMarked
package dev.ormkit.event;

import org.jspecify.annotations.NullMarked;
