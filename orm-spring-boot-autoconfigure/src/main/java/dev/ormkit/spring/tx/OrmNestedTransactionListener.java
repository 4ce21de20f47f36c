package dev.ormkit.spring.tx;

import dev.ormkit.orm.JoinedSession;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Flushes the current session before Spring creates the SAVEPOINT of a NESTED scope, as
 * SQLAlchemy's {@code begin_nested()} does (JPA does not), so rolling back to the savepoint
 * undoes exactly what the scope did; and tells the session when a NESTED scope committed so
 * its level folds into the enclosing one. Spring's synchronization callbacks have no hook
 * before the savepoint is made, its transaction execution listeners do.
 *
 * <p>Boot's auto-configured transaction manager picks up every listener bean; a transaction
 * manager the application defines gets it from {@code OrmTransactionManagerPostProcessor}.
 */
public class OrmNestedTransactionListener implements TransactionExecutionListener {
    private final OrmSessionContext context;

    public OrmNestedTransactionListener(OrmSessionContext context) {
        this.context = context;
    }

    @Override
    public void beforeBegin(TransactionExecution transaction) {
        if (transaction.isNested()) {
            JoinedSession session = context.boundSession();
            if (session != null) {
                context.translator().run(session::beforeSavepoint);
            }
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (transaction.isNested() && commitFailure == null) {
            OrmSessionSynchronization sync = context.currentSynchronization();
            if (sync != null) {
                sync.savepointReleased();
            }
        }
    }
}
