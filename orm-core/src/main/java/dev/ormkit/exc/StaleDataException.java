package dev.ormkit.exc;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A flush expected to change a row that was no longer as the session last saw it: an UPDATE
 * or DELETE guarded by a {@code @Version} column matched no row because another transaction
 * changed or deleted it first (a lost update was prevented), or an UPDATE matched no row
 * because the row was deleted. The message names the object and the version it was loaded
 * with; the getters give the same facts to code (a retry loop, a translation to Spring's
 * {@code OptimisticLockingFailureException}). Reload the object ({@code session.refresh}) and
 * apply the change again.
 */
public class StaleDataException extends OrmException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable Class<?> entityType;
    private final transient List<@Nullable Object> identity;
    private final transient @Nullable Object expectedVersion;

    /** A stale-data error known only by its message. */
    public StaleDataException(String message) {
        this(message, null, List.of(), null);
    }

    /**
     * A stale-data error for one object.
     *
     * @param entityType the object's mapped class
     * @param identity its primary key values, in key column order (empty when several objects are meant)
     * @param expectedVersion the version the session expected the row to have, null when unversioned
     */
    public StaleDataException(String message, @Nullable Class<?> entityType, List<@Nullable Object> identity,
                              @Nullable Object expectedVersion) {
        super(message);
        this.entityType = entityType;
        this.identity = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(identity));
        this.expectedVersion = expectedVersion;
    }

    /** The mapped class of the stale object, or null when not known. */
    public @Nullable Class<?> getEntityType() {
        return entityType;
    }

    /** The stale object's primary key values in key column order; empty when not one object's. */
    public List<@Nullable Object> getIdentity() {
        return identity;
    }

    /** The version the session expected the row to have; null for an unversioned object. */
    public @Nullable Object getExpectedVersion() {
        return expectedVersion;
    }
}
