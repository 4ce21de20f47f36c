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

    /** A session's transaction began (its first statement, or the first one after the last ended). */
    default void afterBegin(SessionEvent event) {
    }

    /** A session is about to commit, before its final flush. */
    default void beforeCommit(SessionEvent event) {
    }

    /** A session's transaction committed (for a joined session: its owner reported the commit). */
    default void afterCommit(SessionEvent event) {
    }

    /** A session's transaction rolled back and the session undid its work in memory. */
    default void afterRollback(SessionEvent event) {
    }

    /** A session rolled back to a savepoint and undid that level's work in memory. */
    default void afterSavepointRollback(SessionEvent event) {
    }

    /** A session closed. */
    default void onClose(SessionEvent event) {
    }
}
