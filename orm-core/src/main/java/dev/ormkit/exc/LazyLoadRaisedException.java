package dev.ormkit.exc;

/**
 * An unloaded relationship marked {@code raise} ({@code raiseLoad(User_.posts)} or
 * {@code @Relationship(lazy = Lazy.RAISE)}) was touched. The message names the class and the
 * relationship; load it eagerly in the query ({@code selectinLoad}, {@code joinedLoad}) where
 * the code needs it.
 */
public class LazyLoadRaisedException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    public LazyLoadRaisedException(String message) {
        super(message);
    }
}
