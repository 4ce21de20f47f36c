/**
 * Schema migrations, what Alembic is to SQLAlchemy: revisions ({@link dev.ormkit.migrate.Revision}
 * classes implementing {@link dev.ormkit.migrate.Migration}) form a graph; the
 * {@link dev.ormkit.migrate.Migrator} upgrades and downgrades a database along it, records where
 * it stands in {@code orm_version}, writes the script instead of running it, and autogenerates
 * revisions from the difference between mapped {@link dev.ormkit.schema.MetaData} and the live
 * schema.
 */
@NullMarked
package dev.ormkit.migrate;

import org.jspecify.annotations.NullMarked;
