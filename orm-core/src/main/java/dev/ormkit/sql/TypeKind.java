package dev.ormkit.sql;

/** The generic SQL types ormkit knows; each dialect renders them in its own words. */
public enum TypeKind {
    /** A 16-bit integer ({@code Short}). */
    SMALLINT,
    /** A 32-bit integer ({@code Integer}). */
    INTEGER,
    /** A 64-bit integer ({@code Long}). */
    BIGINT,
    /** An exact decimal with precision and scale ({@code BigDecimal}). */
    DECIMAL,
    /** A double-precision floating-point number ({@code Double}). */
    DOUBLE,
    /** A truth value ({@code Boolean}); an integer 0/1 where the database has no boolean. */
    BOOLEAN,
    /** Text of bounded length ({@code String} with a length). */
    VARCHAR,
    /** Text of unbounded length ({@code String}). */
    TEXT,
    /** A calendar date ({@code LocalDate}). */
    DATE,
    /** A time of day ({@code LocalTime}). */
    TIME,
    /** A date and time without zone ({@code LocalDateTime}). */
    TIMESTAMP,
    /** An instant, a date and time with zone or offset ({@code OffsetDateTime}, {@code Instant}). */
    TIMESTAMP_TZ,
    /** A UUID, native where the database has the type, text elsewhere. */
    UUID,
    /** Bytes ({@code byte[]}). */
    BINARY,
    /** A type given as literal SQL text, rendered verbatim on every dialect. */
    CUSTOM
}
