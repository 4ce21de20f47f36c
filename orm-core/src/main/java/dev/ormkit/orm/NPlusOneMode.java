package dev.ormkit.orm;

/** What a session does when it sees N+1 queries ({@link SessionFactory.Builder#nPlusOne}). */
public enum NPlusOneMode {
    /** Nothing: no detection, no stack walks. */
    OFF,
    /** Logs a warning once per site (logger {@code dev.ormkit.orm.nplusone}) and fires the listener event. */
    WARN,
    /** Throws {@link dev.ormkit.exc.NPlusOneException} at the load that reaches the threshold: for tests. */
    RAISE
}
