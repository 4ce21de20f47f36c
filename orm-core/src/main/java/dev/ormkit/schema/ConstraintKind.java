package dev.ormkit.schema;

/** The kinds of table constraint, which some databases drop each in its own way. */
public enum ConstraintKind {
    /** A primary key. */
    PRIMARY_KEY,
    /** A foreign key (MySQL drops it with {@code DROP FOREIGN KEY}). */
    FOREIGN_KEY,
    /** A UNIQUE constraint (MySQL drops it with {@code DROP INDEX}). */
    UNIQUE,
    /** A CHECK constraint. */
    CHECK
}
