package dev.ormkit.orm;

/**
 * A savepoint inside a session's transaction: {@code session.beginNested()}, SQLAlchemy's
 * {@code begin_nested()}. {@link #commit()} keeps the work done since it began (it stays part
 * of the enclosing transaction); {@link #rollback()} undoes it in the database and in the
 * session: objects added since are expunged, objects deleted since are restored, and every
 * object is expired. Closing it without either rolls back.
 *
 * <pre>{@code
 * try (NestedTransaction nested = session.beginNested()) {
 *     session.add(risky);
 *     nested.commit();            // flushes, then RELEASE SAVEPOINT
 * } catch (IntegrityException e) {
 *     // the savepoint was rolled back; the outer transaction goes on
 * }
 * }</pre>
 */
public final class NestedTransaction implements AutoCloseable {
    private final SessionImpl session;
    private final SessionTransaction.Level level;
    private boolean done;

    NestedTransaction(SessionImpl session, SessionTransaction.Level level) {
        this.session = session;
        this.level = level;
    }

    /** Flushes, then releases the savepoint. A failed flush rolls back to the savepoint and rethrows. */
    public void commit() {
        if (done) {
            return;
        }
        try {
            session.flush();
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
        done = true;
        session.transactions.releaseNested(level);
    }

    /** Rolls back to the savepoint. */
    public void rollback() {
        if (done) {
            return;
        }
        done = true;
        session.transactions.rollbackNested(level);
    }

    /** True once committed or rolled back. */
    public boolean isDone() {
        return done;
    }

    /** Rolls back unless {@link #commit()} was called. */
    @Override
    public void close() {
        rollback();
    }
}
