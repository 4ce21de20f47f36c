package dev.ormkit.sql;

/**
 * A statement a connection can run: SELECT, INSERT, UPDATE, DELETE, compound SELECT or text.
 * Every executable compiles to SQL plus bind parameters for a dialect.
 */
public interface Executable {

    /** What kind of statement this is, for events and metrics. */
    StatementKind kind();
}
