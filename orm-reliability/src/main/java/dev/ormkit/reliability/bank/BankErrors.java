package dev.ormkit.reliability.bank;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures as HTTP statuses a client can act on: 503 for what is worth retrying (a lock
 * conflict, a timeout, a lost connection, an exhausted pool), 409 for a rule the data broke,
 * 422 for a transfer the balance does not cover. The body names the exception, its message and
 * its root cause's.
 */
@RestControllerAdvice
public class BankErrors {

    /** Retry later: the same request may well succeed. */
    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class})
    public ResponseEntity<String> retryable(RuntimeException e) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, e);
    }

    /**
     * The rollback after a failure failed too, as it does when the failure was the connection
     * dying (the pool has already closed it). Spring then raises the rollback's error, keeping
     * the original as the application exception when the failure came from the work (not when
     * it came from the commit, whose outcome is then unknown). Either way the transaction may be
     * retried: transfers carry a request id, so a retry never applies one twice.
     */
    @ExceptionHandler(TransactionSystemException.class)
    public ResponseEntity<String> rollbackFailed(TransactionSystemException e) {
        Throwable original = e.getApplicationException();
        return answer(HttpStatus.SERVICE_UNAVAILABLE, original instanceof RuntimeException r ? r : e);
    }

    /** The data refused the change (a unique key, a CHECK constraint). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<String> conflict(DataIntegrityViolationException e) {
        return answer(HttpStatus.CONFLICT, e);
    }

    /** The balance does not cover the transfer. */
    @ExceptionHandler(InsufficientFundsException.class)
    public ResponseEntity<String> insufficient(InsufficientFundsException e) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    private static ResponseEntity<String> answer(HttpStatus status, RuntimeException e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        String because = root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return ResponseEntity.status(status).body(e.getClass().getSimpleName() + ": " + e.getMessage() + because);
    }
}
