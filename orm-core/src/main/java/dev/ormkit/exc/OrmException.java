package dev.ormkit.exc;

/** Base of every exception ormkit throws. Unchecked, like SQLAlchemy's {@code SQLAlchemyError}. */
public class OrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OrmException(String message) {
        super(message);
    }

    public OrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
