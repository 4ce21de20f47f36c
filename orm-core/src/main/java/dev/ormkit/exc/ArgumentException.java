package dev.ormkit.exc;

/** An argument given to ormkit is invalid: a malformed URL, an unknown option, a bad construct. */
public class ArgumentException extends OrmException {
    private static final long serialVersionUID = 1L;

    public ArgumentException(String message) {
        super(message);
    }

    public ArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
