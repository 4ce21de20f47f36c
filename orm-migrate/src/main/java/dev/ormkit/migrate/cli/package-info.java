/**
 * The {@code ormkit-migrate} command line, Alembic's commands for a Java application:
 * {@code java -cp <app classpath> dev.ormkit.migrate.cli.Main upgrade head}.
 */
@NullMarked
package dev.ormkit.migrate.cli;

import org.jspecify.annotations.NullMarked;
