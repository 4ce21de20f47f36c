package dev.ormkit.orm;

import java.util.Set;
import dev.ormkit.engine.ConnectionProvider;
import dev.ormkit.event.Events;
import dev.ormkit.exc.InvalidRequestException;

/**
 * A session in a transaction someone else owns: connections come from the provider per unit
 * of work, and the transaction's ends are the owner's callbacks, of which this class runs
 * only the in-memory halves ({@link SessionTransaction}).
 */
final class JoinedSessionImpl extends SessionImpl implements JoinedSession {
    private final ConnectionProvider provider;

    JoinedSessionImpl(SessionFactory factory, ConnectionProvider provider) {
        super(factory, TransactionOptions.defaults());
        this.provider = provider;
    }

    @Override
    SessionTransaction newTransaction() {
        return SessionTransaction.joined(this, factory.engine(), provider);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        checkOpen();
        this.readOnly = readOnly;
    }

    /** Flushes only: the transaction is committed by its owner, who then calls {@link #afterCompletion}. */
    @Override
    public void commit() {
        checkOpen();
        if (!readOnly) {
            flush();
        }
    }

    @Override
    public void rollback() {
        checkOpen();
        throw new InvalidRequestException("This session is joined to a transaction it does not own (" + provider
                + "); it cannot roll it back. Mark the owner's transaction rollback-only (Spring:"
                + " TransactionStatus.setRollbackOnly(), or throw from the @Transactional method)");
    }

    @Override
    public NestedTransaction beginNested() {
        checkOpen();
        throw new InvalidRequestException("This session is joined to a transaction it does not own; savepoints are"
                + " the owner's to take (Spring: PROPAGATION_NESTED), and the session follows them through"
                + " beforeSavepoint/afterSavepoint");
    }

    @Override
    public void beforeCommit() {
        checkOpen();
        transactions.fire(Events.SessionMoment.BEFORE_COMMIT, transactions.current());
        if (!readOnly) {
            flush();
        }
    }

    @Override
    public void afterCompletion(boolean committed) {
        if (!isOpen()) {
            return; // the owner may report the end of a transaction after the session was closed
        }
        SessionTransaction tx = transactions.current();
        transactions.end();
        if (tx == null) {
            if (committed) {
                objects.committed(factory.expireOnCommit());
            } else {
                objects.undo(Set.of(), Set.of(), null);
            }
        } else if (committed) {
            tx.afterCommit();
        } else {
            tx.afterRollback();
        }
        transactions.fire(committed ? Events.SessionMoment.AFTER_COMMIT : Events.SessionMoment.AFTER_ROLLBACK, tx);
    }

    @Override
    public void beforeSavepoint() {
        checkOpen();
        if (!readOnly) {
            flush();
        }
    }

    @Override
    public void afterSavepoint(Object savepoint) {
        checkOpen();
        begin().markSavepoint(savepoint);
    }

    @Override
    public void afterSavepointRollback(Object savepoint) {
        if (!isOpen()) {
            return;
        }
        SessionTransaction tx = transactions.current();
        SessionTransaction.Level level = tx == null ? null : tx.levelOf(savepoint);
        if (tx == null || level == null) {
            throw new InvalidRequestException("Savepoint " + savepoint + " was not announced to this session with"
                    + " afterSavepoint()");
        }
        transactions.acknowledgeRollbackOf(level);
        tx.afterSavepointRollback(level);
        transactions.fire(Events.SessionMoment.AFTER_SAVEPOINT_ROLLBACK, tx);
    }

    @Override
    public void afterSavepointRelease(Object savepoint) {
        if (!isOpen()) {
            return;
        }
        SessionTransaction tx = transactions.current();
        SessionTransaction.Level level = tx == null ? null : tx.levelOf(savepoint);
        if (tx != null && level != null) {
            tx.afterSavepointRelease(level);
        }
    }

    @Override
    public String toString() {
        return "JoinedSession(" + provider + ")";
    }
}
