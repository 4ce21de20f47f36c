package dev.ormkit.exc;

/** {@code one()} found no row. */
public class NoResultException extends OrmException {
    private static final long serialVersionUID = 1L;

    public NoResultException(String message) {
        super(message);
    }
}
