package dev.ormkit.migrate;

import java.util.List;

/**
 * Thrown by {@link Migrator#check}: autogenerate would write a revision, because the mapped
 * model and the database differ (or the database is not at head). Alembic's {@code check}.
 */
public final class PendingChangesException extends MigrationException {
    private static final long serialVersionUID = 1L;
    private final List<String> changes;

    PendingChangesException(String message, List<String> changes) {
        super(message);
        this.changes = List.copyOf(changes);
    }

    /** The changes found, one line each. */
    public List<String> changes() {
        return changes;
    }
}
