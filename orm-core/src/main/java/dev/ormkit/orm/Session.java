package dev.ormkit.orm;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.engine.ScalarResult;
import dev.ormkit.engine.StreamingResult;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Select;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work over one database transaction: SQLAlchemy's {@code Session}.
 *
 * <ul>
 * <li>Identity map: within a session one row is one Java object; {@link #get} answers from
 *     it without SQL when it can, and queries return the objects already present.</li>
 * <li>{@link #add} makes an object pending; {@link #flush} (run before every query unless
 *     autoflush is off, and by {@link #commit}) writes pending, changed and deleted objects in
 *     foreign-key order, UPDATEs only changed columns, and writes generated ids, defaults and
 *     versions back into the objects.</li>
 * <li>Transactions begin on first use. {@link #commit} flushes and commits, and (by default)
 *     expires every object: it keeps its field values and is reloaded the next time the
 *     session hands it out. {@link #rollback} rolls back, expunges objects added since the
 *     transaction began, restores deleted ones and expires the rest. {@link #close} without
 *     commit rolls back.</li>
 * <li>A failed flush or COMMIT rolls the database transaction back at once and undoes its
 *     work in the session (no object keeps an id its row never got); the session then refuses
 *     further work with {@link dev.ormkit.exc.PendingRollbackException} until {@link #rollback}
 *     is called, as SQLAlchemy does, so a retry can never "succeed" writing nothing.</li>
 * </ul>
 *
 * <p>Sessions come from a {@link SessionFactory}: {@link SessionFactory#open()} for a session
 * that owns its transaction, {@link SessionFactory#join} for one inside a transaction someone
 * else owns ({@link JoinedSession}). {@code Session} is an interface so that a framework can
 * hand out a proxy standing for "the session of the current transaction".
 *
 * <p>A session is not thread-safe: use one per thread (one per request or task), as with a
 * JDBC connection. Use from a second thread while one is inside a session operation fails
 * fast with {@link InvalidRequestException}.
 */
public interface Session extends AutoCloseable {
    /**
     * Adds an object: a new one becomes pending (INSERTed at the next flush), a detached one
     * persistent again. Objects reachable through relationships with the {@code save-update}
     * cascade (the default) are added with it.
     *
     * @throws InvalidRequestException when the object belongs to another open session or was deleted
     */
    void add(Object entity);

    /** Adds each object ({@link #add}). */
    void addAll(Collection<?> entities);

    /**
     * Marks a persistent object for deletion: the next flush DELETEs its row. Relationships with
     * the {@code delete} cascade delete their objects too; children of a relationship without it
     * have their foreign key set to NULL at the flush, as SQLAlchemy does.
     *
     * @throws InvalidRequestException when the object was never saved
     */
    void delete(Object entity);

    /**
     * Removes an object from the session without touching its row: a pending object becomes
     * transient, a persistent one detached. Follows the {@code expunge} cascade.
     */
    void expunge(Object entity);

    /** Detaches every object. */
    void expungeAll();

    /**
     * Copies the state of {@code entity} (typically detached, or from another session) onto
     * the object this session manages for the same row, loading it when needed, and returns
     * that object; an object with no row yet becomes a new pending one. {@code entity} itself
     * stays as it was. Follows the {@code merge} cascade.
     *
     * @throws StaleDataException when the object carries a @Version other than the row's
     */
    <T> T merge(T entity);

    /**
     * The object of {@code type} with primary key {@code id} (the value, or for a composite key
     * an {@code Object[]}/{@code List} in key order): from the identity map without SQL when it
     * is there and not expired, else by a SELECT. Null when there is no such row, or when the
     * object is marked for deletion in this session.
     */
    <T> @Nullable T get(Class<T> type, Object id);

    /**
     * A query of several things, returning {@link Row}s: mapped classes (each value is the
     * object), columns, labelled expressions and scalar subqueries:
     * {@code session.query(User.class, Post.class).join(Post.class).all()},
     * {@code session.query(User_.username, func.count(Post_.id).label("post_count")).join(Post.class).groupBy(User_.username)}.
     */
    Query<Row> query(Object first, Object... more);

    /** A query for objects of {@code type}: {@code session.query(User.class).filterBy("username", "alice").first()}. */
    <T> Query<T> query(Class<T> type);

    /**
     * Runs a statement in the session's transaction (after an autoflush). In a SELECT, each
     * mapped class ({@code select(User.class)}) comes back as one column holding its object,
     * read through the identity map; {@code .scalars()} gives the objects. After a Core
     * UPDATE or DELETE of a mapped table, the session's objects of that table are expired.
     */
    Result execute(Executable statement);

    /** {@link #execute(Executable)} with values for named parameters ({@code :name} in text). */
    Result execute(Executable statement, Map<String, ?> parameters);

    /** The first column of each row of a SELECT: {@code session.scalars(select(User.class)).all()}. */
    <T> ScalarResult<T> scalars(Select select);

    /** {@link #scalars(Select)} typed: {@code session.scalars(select(User.class), User.class).all()}. */
    <T> ScalarResult<T> scalars(Select select, Class<T> type);

    /** The first column of the first row, or null. */
    <T> @Nullable T scalar(Executable statement);

    /**
     * The rows of a statement as they are read, after an autoflush: SQLAlchemy's
     * {@code session.execute(stmt, execution_options={"yield_per": n})}. In a SELECT of mapped
     * classes each class is one column holding its object, loaded through the identity map
     * {@code rowsPerBatch} rows at a time; memory stays flat however many rows there are. Close
     * the stream (try-with-resources) when not reading it to the end.
     */
    Stream<Row> stream(Executable statement, Map<String, ?> parameters, int rowsPerBatch);

    /** {@link #stream(Executable, Map, int)} without parameters, 1,000 rows per batch. */
    default Stream<Row> stream(Executable statement) {
        return stream(statement, Map.of(), StreamingResult.DEFAULT_ROWS_PER_FETCH);
    }

    /**
     * Reloads an object's columns from its row now, discarding changes not flushed.
     *
     * @throws InvalidRequestException when the object is not persistent in this session or its row is gone
     */
    void refresh(Object entity);

    /**
     * Expires an object: it keeps its field values, and they are reloaded the next time the
     * session hands it out (a query, {@code get}) or on {@link #refresh}. Changes not flushed
     * are discarded then, as in SQLAlchemy.
     */
    void expire(Object entity);

    /** Expires every persistent object ({@link #expire}). */
    void expireAll();

    /** The session's view of {@code entity}: status, identity key, modified attributes. */
    InstanceState inspect(Object entity);

    /** True when {@code entity} is pending, persistent or deleted in this session. */
    boolean contains(Object entity);

    /** The pending objects (SQLAlchemy's {@code session.new}). */
    List<Object> newObjects();

    /** The persistent objects with changed columns (SQLAlchemy's {@code session.dirty}). */
    List<Object> dirtyObjects();

    /** The objects marked for deletion and not flushed yet (SQLAlchemy's {@code session.deleted}). */
    List<Object> deletedObjects();

    /**
     * Writes every pending change to the database, inside the session's transaction. A failed
     * flush rolls the transaction back (to the enclosing savepoint, if any) and leaves the
     * session usable: see {@link #rollback}.
     */
    void flush();

    /** Turns autoflush on or off for this session (the factory sets the default). */
    void setAutoflush(boolean on);

    /**
     * Flushes and commits the transaction (savepoints included). Deleted objects become
     * detached; with {@code expireOnCommit} every other object is expired.
     */
    void commit();

    /**
     * Rolls back the transaction. Objects added since it began are expunged (transient again,
     * with the ids the session gave them cleared), objects deleted are restored, and every
     * persistent object is expired, its unflushed changes discarded on reload.
     */
    void rollback();

    /** Flushes and starts a savepoint. */
    NestedTransaction beginNested();

    /** Rolls back what was not committed and detaches every object. Idempotent. */
    @Override
    void close();

    /** False once closed. */
    boolean isOpen();

    /**
     * The connection of the current transaction, beginning one if none is under way. A joined
     * session borrows it from its provider and keeps it until the owner ends the transaction
     * ({@link JoinedSession#afterCompletion}) or the session closes.
     */
    Connection connection();

    /** The factory that opened this session. */
    SessionFactory factory();
}
