package dev.ormkit.sql;

/** The generic SQL types ormkit knows; each dialect renders them in its own words. */
public enum TypeKind {
    SMALLINT, INTEGER, BIGINT, DECIMAL, DOUBLE, BOOLEAN,
    VARCHAR, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, UUID, BINARY,
    /** A type given as literal SQL text, rendered verbatim on every dialect. */
    CUSTOM
}
