package dev.ormkit.exc;

/**
 * A lazy relationship loaded once per object of the same query result, more often than the
 * session's N+1 threshold allows, while the session's N+1 mode is {@code RAISE} (meant for
 * tests). The message names the entity, the relationship, the count, the query that loaded the
 * parents and the calling code; load the relationship eagerly in that query
 * ({@code selectinLoad}/{@code joinedLoad}).
 */
public class NPlusOneException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    public NPlusOneException(String message) {
        super(message);
    }
}
