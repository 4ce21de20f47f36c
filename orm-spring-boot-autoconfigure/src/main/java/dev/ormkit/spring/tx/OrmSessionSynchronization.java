package dev.ormkit.spring.tx;

import java.util.ArrayDeque;
import java.util.Deque;
import dev.ormkit.orm.JoinedSession;
import dev.ormkit.orm.SessionFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drives one session through one Spring transaction: flushes before commit (not when
 * read-only), unbinds on suspension and rebinds on resumption, marks and undoes savepoints,
 * and at completion commits or rolls back the session's in-memory state. A session it
 * opened for the transaction it also unbinds and closes; a session the web request owns it
 * hands back, read-only again, for the rest of the request.
 *
 * <p>Order 900: before {@code DataSourceUtils}' connection synchronization (1000), so the
 * flush before commit still has the transaction's connection.
 */
final class OrmSessionSynchronization implements TransactionSynchronization {
    static final int ORDER = 900;

    private final SessionFactory key;
    private final OrmSessionHolder holder;
    private final boolean ownedByTransaction;
    private final OrmExceptionTranslator translator;
    /** Savepoints of NESTED scopes opened while this transaction ran, innermost first. */
    private final Deque<Object> savepoints = new ArrayDeque<>();
    private boolean holderActive = true;

    OrmSessionSynchronization(SessionFactory key, OrmSessionHolder holder, boolean ownedByTransaction,
                              OrmExceptionTranslator translator) {
        this.key = key;
        this.holder = holder;
        this.ownedByTransaction = ownedByTransaction;
        this.translator = translator;
    }

    JoinedSession session() {
        return holder.session();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void suspend() {
        if (holderActive) {
            TransactionSynchronizationManager.unbindResource(key);
        }
    }

    @Override
    public void resume() {
        if (holderActive) {
            TransactionSynchronizationManager.bindResource(key, holder);
        }
    }

    /** {@code TransactionStatus.flush()}: a read-only transaction has nothing to send. */
    @Override
    public void flush() {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            translator.run(() -> session().flush());
        }
    }

    @Override
    public void savepoint(Object savepoint) {
        savepoints.push(savepoint);
        session().afterSavepoint(savepoint);
    }

    @Override
    public void savepointRollback(Object savepoint) {
        // rolling back to a savepoint also rolls back any inner one still open
        while (!savepoints.isEmpty() && savepoints.pop() != savepoint) {
            // discarded with it
        }
        session().afterSavepointRollback(savepoint);
    }

    /** A NESTED scope committed: Spring released its savepoint, the innermost one open. */
    void savepointReleased() {
        Object savepoint = savepoints.poll();
        if (savepoint != null) {
            session().afterSavepointRelease(savepoint);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        // the session knows it is read-only (set when it joined) and then does not flush
        translator.run(() -> session().beforeCommit());
    }

    @Override
    public void beforeCompletion() {
        if (ownedByTransaction) {
            // unbind before the connection goes back, as Spring's JDBC support does
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
            holderActive = false;
        }
    }

    @Override
    public void afterCompletion(int status) {
        JoinedSession session = session();
        try {
            session.afterCompletion(status == STATUS_COMMITTED);
        } finally {
            holder.setSynchronizedWithTransaction(false);
            if (ownedByTransaction) {
                session.close();
            } else {
                // back to the request: reads only until the next transaction joins it
                session.setReadOnly(true);
            }
        }
    }
}
