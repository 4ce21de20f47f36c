package dev.ormkit.exc;

/**
 * A session operation was asked of an object or a session in a state that does not allow
 * it: deleting an object that was never saved, adding an object that belongs to another
 * open session, using a closed session, flushing from inside a flush. SQLAlchemy's
 * {@code InvalidRequestError}; the message says what state things were in and what to do.
 */
public class InvalidRequestException extends OrmException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
