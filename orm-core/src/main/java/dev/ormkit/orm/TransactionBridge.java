package dev.ormkit.orm;

import java.util.Set;
import dev.ormkit.event.Events;
import dev.ormkit.event.SessionEvent;
import dev.ormkit.exc.PendingRollbackException;
import org.jspecify.annotations.Nullable;

/**
 * The session's side of its transactions: the one under way (begun on first use, as
 * SQLAlchemy's autobegin), the error that ended one until a rollback acknowledges it
 * (SQLAlchemy's PendingRollbackError), and the session events of each moment. The connection
 * work itself is {@link SessionTransaction}'s; the in-memory halves are {@link IdentityMap}'s.
 */
final class TransactionBridge {
    private final SessionImpl session;
    private @Nullable SessionTransaction transaction;
    /** The error that ended the transaction, until a rollback acknowledges it. */
    private @Nullable RuntimeException pendingRollback;
    /** The savepoint level whose rollback acknowledges {@link #pendingRollback}; null: only a full rollback. */
    private SessionTransaction.@Nullable Level pendingLevel;

    TransactionBridge(SessionImpl session) {
        this.session = session;
    }

    /** The transaction under way, begun when there is none. */
    SessionTransaction begin() {
        SessionTransaction tx = transaction;
        if (tx == null) {
            tx = session.newTransaction();
            transaction = tx;
            fire(Events.SessionMoment.AFTER_BEGIN, tx);
        }
        return tx;
    }

    @Nullable SessionTransaction current() {
        return transaction;
    }

    /** True when a failure waits for a rollback; writes are refused meanwhile. */
    boolean failed() {
        return pendingRollback != null;
    }

    /** COMMIT (the flush has run) and the in-memory half; a failed COMMIT leaves a rollback pending. */
    void commit() {
        SessionTransaction tx = transaction;
        if (tx != null) {
            transaction = null;
            try {
                tx.commit();
            } catch (RuntimeException e) {
                pendingRollback = e; // the in-memory half of the rollback ran: nothing claims a row
                pendingLevel = null;
                fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
                throw e;
            }
            tx.afterCommit();
        } else {
            session.objects.committed(session.factory.expireOnCommit());
        }
        fire(Events.SessionMoment.AFTER_COMMIT, tx);
    }

    /** ROLLBACK of the whole transaction and its in-memory half; acknowledges any failure. */
    void rollback() {
        SessionTransaction tx = transaction;
        end();
        if (tx != null) {
            try {
                tx.rollback();
            } finally {
                fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
            }
        } else {
            session.objects.undo(Set.of(), Set.of(), null);
        }
    }

    /**
     * A flush failed with {@code error}. An owned transaction is rolled back at once (to the
     * enclosing savepoint when there is one, wholly when there is none or the savepoint is gone)
     * and its work undone in memory; a joined one is left to its owner. Either way the session
     * refuses to write again until the rollback is acknowledged.
     */
    void flushFailed(RuntimeException error) {
        SessionTransaction tx = transaction;
        if (tx == null) {
            return; // failed before anything began (connecting): nothing was written
        }
        SessionTransaction.Level failed = tx.current();
        pendingRollback = error;
        pendingLevel = failed;
        if (tx.isJoined()) {
            return;
        }
        if (tx.depth() > 0) {
            try {
                tx.rollbackToSavepoint(failed);
                fire(Events.SessionMoment.AFTER_SAVEPOINT_ROLLBACK, tx);
                return;
            } catch (RuntimeException e) {
                error.addSuppressed(e); // the savepoint is gone: the whole transaction was rolled back
            }
        } else {
            tx.rollbackAfterFailure(error);
        }
        transaction = null;
        pendingLevel = null; // the whole transaction: only rollback() acknowledges it
        fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
    }

    /** A rollback to {@code level} acknowledges a failure at that level or inside it. */
    void acknowledgeRollbackOf(SessionTransaction.Level level) {
        SessionTransaction.Level failed = pendingLevel;
        SessionTransaction tx = transaction;
        if (pendingRollback != null && failed != null
                && (tx == null || !tx.contains(failed) || tx.isWithin(failed, level))) {
            pendingRollback = null;
            pendingLevel = null;
        }
    }

    /** Forgets the transaction (its owner ended it); a failure in it is acknowledged with it. */
    void end() {
        transaction = null;
        pendingRollback = null;
        pendingLevel = null;
    }

    void releaseNested(SessionTransaction.Level level) {
        SessionTransaction tx = transaction;
        if (tx != null && tx.contains(level)) {
            tx.releaseSavepoint(level);
        }
    }

    void rollbackNested(SessionTransaction.Level level) {
        SessionTransaction tx = transaction;
        acknowledgeRollbackOf(level);
        if (tx == null || !tx.contains(level)) {
            return;
        }
        try {
            tx.rollbackToSavepoint(level);
        } catch (RuntimeException e) {
            transaction = null;
            pendingRollback = e;
            fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
            throw e;
        }
        fire(Events.SessionMoment.AFTER_SAVEPOINT_ROLLBACK, tx);
    }

    /** At close: gives the transaction back (rolled back unless joined) and forgets any failure. */
    void close() {
        SessionTransaction tx = transaction;
        transaction = null;
        pendingRollback = null;
        if (tx != null) {
            tx.close();
        }
    }

    /** Refuses {@code operation} while a failure waits for a rollback, saying which rollback acknowledges it. */
    void requireNoPendingRollback(String operation) {
        RuntimeException failure = pendingRollback;
        if (failure != null) {
            throw new PendingRollbackException("Cannot " + operation + ": this session's transaction was rolled back"
                    + " after an error in a flush or commit (" + failure.getClass().getSimpleName() + ": "
                    + firstLine(failure.getMessage()) + "). " + (session instanceof JoinedSession
                    ? "The transaction's owner must roll it back (afterCompletion, or afterSavepointRollback)"
                    : "Call " + (pendingLevel != null ? "rollback() on the nested transaction that failed (or on"
                    + " the session)" : "session.rollback()"))
                    + " first, then redo the work: objects added since the transaction began are transient again",
                    failure);
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Tells session listeners of {@code moment}; nothing is built when none listens. */
    void fire(Events.SessionMoment moment, @Nullable SessionTransaction tx) {
        Events events = session.factory.engine().events();
        if (events.hasOrmListeners()) {
            events.fireSession(moment, new SessionEvent(session, session instanceof JoinedSession,
                    tx == null ? 0 : tx.depth()));
        }
    }
}
