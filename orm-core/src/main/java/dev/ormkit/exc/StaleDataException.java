package dev.ormkit.exc;

/**
 * A flush expected to change a row that was no longer as the session last saw it: an UPDATE
 * or DELETE guarded by a {@code @Version} column matched no row because another transaction
 * changed or deleted it first (a lost update was prevented), or an UPDATE matched no row
 * because the row was deleted. The message names the object and the version it was loaded
 * with. Reload the object ({@code session.refresh}) and apply the change again.
 */
public class StaleDataException extends OrmException {
    private static final long serialVersionUID = 1L;

    public StaleDataException(String message) {
        super(message);
    }
}
