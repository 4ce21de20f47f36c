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
 * <p>Mapped classes are plain classes; one may extend the optional {@link dev.ormkit.orm.Base},
 * which keeps the object's state in a field instead of the registry and the session's map, or
 * have the build add such a field ({@link dev.ormkit.orm.StateCarrier},
 * {@link dev.ormkit.enhance.StateFieldPlugin}).
 *
 * <p>Internals, one job each: {@code StateRegistry} (object to state), {@code AttachedStates}
 * (a session's objects, by object), {@code EntityRowLoader}
 * (row to object), {@code RelationshipSync} (both sides of relationships, foreign keys
 * following references, orphans), {@code UnitOfWork} (ordering and running a flush),
 * {@code RowWriter} (the INSERT/UPDATE/DELETE statements of one mapping),
 * {@code SessionTransaction} (the connection, savepoints, and what to undo on rollback).
 *
 * <h2>Loading relationships</h2>
 * Each relationship loads by a strategy: its {@code @Relationship(lazy = ...)} unless a query's
 * {@link dev.ormkit.orm.Load loader options} say otherwise. Objects a session reads get, in each
 * relationship field, either what an eager loader filled in, or something that loads on first use:
 * <ul>
 * <li>collections ({@code List}, {@code Set}) hold an {@code InstrumentedCollection} that loads
 *     with one SELECT on first use and keeps the other side in step on add/remove (objects added
 *     to a session get one too, already loaded);</li>
 * <li>many-to-one references hold the session's object for the row when it has one (no SQL),
 *     else a generated subclass ({@code ProxyFactory}, ByteBuddy) with the key set, which loads
 *     its row when any method but the key's getter is called: {@code post.getAuthor().getId()} is
 *     free, {@code post.getAuthor().getUsername()} is one SELECT;</li>
 * <li>after the session closes, touching something never loaded throws
 *     {@link dev.ormkit.exc.DetachedInstanceException} naming class and attribute; a
 *     {@code raise} relationship throws {@link dev.ormkit.exc.LazyLoadRaisedException}.</li>
 * </ul>
 * The strategies are small objects, one per {@code lazy} value, that a {@code LoadPlan} chooses
 * per relationship ({@code LoaderStrategy}, as SQLAlchemy's {@code strategies.py}):
 * {@code LazyLoader} (select: on first access, collections and proxies, siblings batched),
 * {@code JoinedLoader} (LEFT OUTER JOIN to an alias, rows folded into unique parents by
 * {@code JoinedRows}, a LIMIT wrapped so it pages the parents), {@code SelectInLoader} (IN over
 * the parents' keys, 500 per statement; also what every lazy load runs), {@code SubqueryLoader}
 * (the original query as a subquery), {@code RaiseLoader} and {@code NoLoader}.
 * {@code ResultLoader} runs a query and applies them. The SELECTs lazy and selectin loads run are
 * built once per factory, per relationship and key count ({@code LoadStatements}), so a load
 * binds values only.
 *
 * <h2>N+1 queries</h2>
 * Every object remembers the query result it came from ({@code LoadContext}). Lazy loads of one
 * relationship for objects of one result, reaching the threshold (default 2), are an N+1: the
 * session reports the entity, relationship, count, the parents' SQL and the first calling frame
 * outside ormkit, as {@link dev.ormkit.orm.NPlusOneMode} says (WARN logs once per site, RAISE
 * throws {@link dev.ormkit.exc.NPlusOneException}), and fires
 * {@link dev.ormkit.event.OrmListener#onNPlusOne} for metrics. Eager loads nothing touched before
 * close are reported the same way. {@link dev.ormkit.orm.SessionFactory.Builder#lazyLoadBatchSize
 * Batch lazy loading} (off by default: see there why) loads a relationship for up to N siblings at
 * once. In tests, {@link dev.ormkit.event.StatementCounter} pins the number of statements a piece
 * of code costs.
 */
@NullMarked
package dev.ormkit.orm;

import org.jspecify.annotations.NullMarked;
