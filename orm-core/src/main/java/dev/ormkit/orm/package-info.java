/**
 * The ORM's persistence side, with SQLAlchemy's session semantics.
 *
 * <p>{@link dev.ormkit.orm.SessionFactory} ({@code sessionmaker}) opens
 * {@link dev.ormkit.orm.Session}s. A session keeps an identity map (one object per row),
 * tracks what changed, and at {@code flush} writes it out as a unit of work: INSERTs in
 * foreign-key order, batched per table, UPDATEs of the changed columns only, association
 * rows of many-to-many collections, DELETEs children first. {@link dev.ormkit.orm.Query}
 * reads objects through the identity map. {@code session.inspect(obj)} returns an
 * {@link dev.ormkit.orm.InstanceState}.
 *
 * <p>Internals, one job each: {@code StateRegistry} (object to state), {@code EntityRowLoader}
 * (row to object), {@code RelationshipSync} (both sides of relationships, foreign keys
 * following references, orphans), {@code UnitOfWork} (ordering and running a flush),
 * {@code RowWriter} (the INSERT/UPDATE/DELETE statements of one mapping),
 * {@code SessionTransaction} (the connection, savepoints, and what to undo on rollback).
 */
@NullMarked
package dev.ormkit.orm;

import org.jspecify.annotations.NullMarked;
