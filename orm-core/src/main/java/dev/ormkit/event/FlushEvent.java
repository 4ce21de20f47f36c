package dev.ormkit.event;

/**
 * The flush report sessions sent before flushes reported their start, row counts and errors.
 *
 * @deprecated flushes are reported through {@link OrmListener#onFlushStart} and
 *     {@link OrmListener#onFlushEnd} with a {@link FlushContext}; nothing delivers this any more.
 */
@Deprecated(forRemoval = true)
public record FlushEvent(long nanos, boolean succeeded) {
}
