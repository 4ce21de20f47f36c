package dev.ormkit.event;

/**
 * What sessions report about loading and flushing, for metrics and diagnostics: register one
 * on the engine ({@code engine.events().addOrmListener(listener)}); every session over that
 * engine calls it on the thread doing the work. Methods default to doing nothing.
 */
public interface OrmListener {
    /** A relationship loaded on first access. */
    default void onLazyLoad(LazyLoadEvent event) {
    }

    /**
     * An N+1 site crossed the threshold (reported once per session and site), or an eager load
     * went unused ({@link NPlusOneEvent#unusedEagerLoad()}).
     */
    default void onNPlusOne(NPlusOneEvent event) {
    }

    /** A flush ended. */
    default void onFlush(FlushEvent event) {
    }
}
