package dev.ormkit.event;

/**
 * What sessions report about loading and flushing, for metrics and diagnostics: register one
 * on the engine ({@code engine.events().addOrmListener(listener)}); every session over that
 * engine calls it on the thread doing the work. Methods default to doing nothing; an
 * exception they throw is logged and does not reach the session.
 */
public interface OrmListener {
    /** A relationship loaded on first access, with how long it took and the code that touched it. */
    default void onLazyLoad(LazyLoadEvent event) {
    }

    /**
     * An N+1 site crossed the threshold (reported once per session and site), or an eager load
     * went unused ({@link NPlusOneEvent#unusedEagerLoad()}).
     */
    default void onNPlusOne(NPlusOneEvent event) {
    }

    /** A flush is about to write. */
    default void onFlushStart(FlushContext flush) {
    }

    /** The flush that started with the same {@code flush} ended: rows written, duration, error. */
    default void onFlushEnd(FlushContext flush) {
    }
}
