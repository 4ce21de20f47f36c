package dev.ormkit.orm;

/** Where an object stands with respect to a session: SQLAlchemy's object states. */
public enum ObjectStatus {
    /** Not in any session and not saved: a plain {@code new} object. */
    TRANSIENT,
    /** Added to a session, not yet flushed: it will be INSERTed. */
    PENDING,
    /** In a session's identity map with a row in the database. */
    PERSISTENT,
    /** Its DELETE was flushed; it leaves the session when the transaction commits. */
    DELETED,
    /** Has a row in the database but no session: expunged, or its session was closed. */
    DETACHED
}
