package dev.ormkit.exc;

/** {@code one()} or {@code oneOrNone()} found more than one row. */
public class MultipleResultsException extends OrmException {
    private static final long serialVersionUID = 1L;

    public MultipleResultsException(String message) {
        super(message);
    }
}
