package dev.ormkit.event;

/**
 * A moment in a session's transaction ({@link OrmListener#afterBegin} and the others).
 *
 * @param session the {@code dev.ormkit.orm.Session} (typed as Object so that this package
 *     depends on nothing of the ORM)
 * @param joined whether the session lives in a transaction someone else owns
 * @param savepointDepth how many savepoints are open at that moment (0: none)
 */
public record SessionEvent(Object session, boolean joined, int savepointDepth) {
}
