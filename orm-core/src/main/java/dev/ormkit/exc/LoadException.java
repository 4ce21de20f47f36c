package dev.ormkit.exc;

/**
 * A row could not become an object: a column holds a value its field cannot take (NULL in a
 * primitive field, a name that is not a constant of the field's enum). The message names the
 * class, the field, the column and the key of the row, so the row can be found and fixed;
 * nothing is loaded half-filled.
 */
public class LoadException extends OrmException {
    private static final long serialVersionUID = 1L;

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
