package dev.ormkit.schema;

/** The kinds of table constraint, which some databases drop each in its own way. */
public enum ConstraintKind {
    PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK
}
