package dev.ormkit.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once per database: H2 and SQLite always; PostgreSQL and MariaDB when reachable
 * (see {@link DatabaseExtension}). The test method takes a {@link TestDatabase} parameter,
 * which hands it an engine on a fresh, empty database of its own.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface AllDatabases {
}
