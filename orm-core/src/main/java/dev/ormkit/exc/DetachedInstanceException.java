package dev.ormkit.exc;

/**
 * An operation needed the session of an object, and the object has none: it was expunged,
 * its session was closed, or it was never added. For example, loading an unloaded attribute
 * of an object whose session is closed. The message names the class and the attribute; load
 * what you need while the session is open, or {@code merge} the object into a new session.
 */
public class DetachedInstanceException extends OrmException {
    private static final long serialVersionUID = 1L;

    public DetachedInstanceException(String message) {
        super(message);
    }
}
