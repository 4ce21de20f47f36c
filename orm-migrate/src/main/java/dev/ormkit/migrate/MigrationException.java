package dev.ormkit.migrate;

import dev.ormkit.exc.OrmException;

/** A migration could not be found, planned or applied; the message says which and what to do. */
public class MigrationException extends OrmException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
