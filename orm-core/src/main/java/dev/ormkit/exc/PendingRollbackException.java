package dev.ormkit.exc;

/**
 * A session's transaction failed (a flush or COMMIT raised) and the session refuses to flush,
 * commit or start a savepoint until it is rolled back, so that a retry can never "succeed"
 * writing nothing. SQLAlchemy's {@code PendingRollbackError}. The first error is the cause.
 */
public class PendingRollbackException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    public PendingRollbackException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
