package dev.ormkit.orm;

/**
 * A session inside a transaction it does not own (SQLAlchemy's {@code join_transaction_mode}):
 * Spring's transaction manager, a JTA container or plain JDBC code owns the transaction and
 * drives the session through these callbacks. It never commits, rolls back or closes the
 * connection; it takes a connection from its {@link dev.ormkit.engine.ConnectionProvider} for
 * each unit of work (a statement, a flush, a load) and gives it back right after.
 *
 * <ul>
 * <li>{@link #commit()} flushes only: the owner commits. {@link #rollback()} is refused: mark
 *     the owner's transaction rollback-only instead.</li>
 * <li>A failed flush raises and leaves the transaction to its owner; the session refuses
 *     further work until the owner reports the outcome ({@link #afterCompletion}, or
 *     {@link #afterSavepointRollback} when the failure was inside that savepoint), which
 *     expunges, restores and expires as a rollback does.</li>
 * <li>{@link #close()} detaches the objects and gives back nothing it does not hold.</li>
 * </ul>
 */
public interface JoinedSession extends Session {
    /** Read-only: no autoflush, no flush at {@link #beforeCommit}, and {@code flush()} refused. */
    void setReadOnly(boolean readOnly);

    /** Flushes unless read-only. A failure propagates; the session's state is left for {@link #afterCompletion}. */
    void beforeCommit();

    /**
     * The in-memory half of the owner's commit (deleted objects detached, the others expired
     * with {@code expireOnCommit}) or rollback (objects inserted in the transaction expunged,
     * deleted ones restored, every object expired). The session may then be used in the owner's
     * next transaction.
     */
    void afterCompletion(boolean committed);

    /** Flushes before the owner takes a savepoint, as SQLAlchemy does before SAVEPOINT. */
    void beforeSavepoint();

    /** Marks a level: inserts, deletes and changes flushed from now on belong to {@code savepoint}. */
    void afterSavepoint(Object savepoint);

    /**
     * The owner rolled back to {@code savepoint}: the work of that level and of those inside it
     * is undone in memory (inserted objects expunged, deleted ones restored) and the objects
     * changed since are expired.
     */
    void afterSavepointRollback(Object savepoint);

    /** The owner released {@code savepoint}: its level folds into the enclosing one. */
    void afterSavepointRelease(Object savepoint);
}
