package dev.ormkit.orm;

/**
 * How a bulk {@link Query#update} or {@link Query#delete} brings the session's objects in line
 * with the rows it changed (SQLAlchemy's {@code synchronize_session}).
 */
public enum SynchronizeSession {
    /**
     * Evaluates the query's criteria in Java against the objects in the session: no extra SQL.
     * Criteria it cannot evaluate (functions, subqueries, joins) fail with an
     * {@link dev.ormkit.exc.InvalidRequestException} that suggests {@link #FETCH}.
     */
    EVALUATE,
    /** Selects the matched keys first (one more SELECT), then updates the objects of those rows. The default. */
    FETCH,
    /** Leaves the objects as they are; they are stale until expired or refreshed. */
    NONE
}
