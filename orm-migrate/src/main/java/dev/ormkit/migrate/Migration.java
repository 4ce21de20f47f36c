package dev.ormkit.migrate;

/**
 * The body of a revision: what {@code upgrade} does to the schema and how {@code downgrade}
 * undoes it, both through {@link Operations}. Implementations need a public no-argument
 * constructor and a {@link Revision} annotation.
 */
public interface Migration {

    /** Moves the schema forward. */
    void upgrade(Operations op);

    /** Undoes {@link #upgrade}. */
    void downgrade(Operations op);
}
