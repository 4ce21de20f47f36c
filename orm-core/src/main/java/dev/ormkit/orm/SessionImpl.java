package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.engine.ScalarResult;
import dev.ormkit.event.Events;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.EntityClause;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.TextClause;
import dev.ormkit.sql.Update;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Session}: the user's API over the session's parts. Its objects and their states
 * live in {@link IdentityMap}; its transactions in {@link TransactionBridge} (the connection
 * work in {@link SessionTransaction}); the flush in {@link UnitOfWork}; loading relationships
 * on access in the {@link LoaderStrategy loader strategies}; graph walks (cascades, merge) in
 * {@link Cascades}. {@link JoinedSessionImpl} is the kind that lives in a transaction someone
 * else owns.
 */
class SessionImpl implements Session {
    final SessionFactory factory;
    /** Every object attached to this session, by object and by row. */
    final IdentityMap objects = new IdentityMap(this);
    final TransactionBridge transactions = new TransactionBridge(this);
    private final TransactionOptions options;
    /** The thread that opened the session: the only one that may use it. */
    private final Thread owner = Thread.currentThread();
    private boolean autoflush;
    boolean readOnly;
    private boolean flushing;
    private boolean closed;
    final NPlusOneDetector nPlusOne;
    /** The collections eager loaders filled: what close looks through for eager loads nothing used. */
    private final List<InstrumentedCollection<?>> eagerFilled = new ArrayList<>();

    SessionImpl(SessionFactory factory, TransactionOptions options) {
        this.factory = factory;
        this.options = options;
        this.readOnly = options.isReadOnly();
        this.autoflush = factory.autoflush();
        this.nPlusOne = new NPlusOneDetector(factory.nPlusOneMode(), factory.nPlusOneThreshold(), factory.engine().events(),
                factory.loggedNPlusOneSites());
    }

    // --- adding and removing objects -----------------------------------------------------

    @Override
    public void add(Object entity) {
        checkOpen();
        Cascades.saveUpdate(this, objects.attach(Objects.requireNonNull(entity, "entity")), true);
    }

    /**
     * Adds each object as {@link #add} does. The objects are looked up in the state registry
     * first, all of them, and attached after: a look-up between two registrations would move the
     * registration before it from the registry's list of young entries into its hashed table,
     * one hashed insert (and the table's growth) per object of a large {@code addAll}.
     */
    @Override
    public void addAll(Collection<?> entities) {
        checkOpen();
        Object[] all = entities.toArray();
        InstanceState[] registered = new InstanceState[all.length];
        for (int i = 0; i < all.length; i++) {
            registered[i] = StateRegistry.get(Objects.requireNonNull(all[i], "entity"));
        }
        for (int i = 0; i < all.length; i++) {
            Cascades.saveUpdate(this, objects.attach(all[i], registered[i]), true);
        }
    }

    @Override
    public void delete(Object entity) {
        checkOpen();
        InstanceState state = StateRegistry.get(Objects.requireNonNull(entity, "entity"));
        if (state == null || state.session() != this) {
            if (state == null || state.isTransient() || state.isPending()) {
                throw new InvalidRequestException("Cannot delete " + describe(entity) + ": it is not persisted. "
                        + "Only saved objects can be deleted; to drop a pending one use expunge()");
            }
            state = objects.attach(entity);
        }
        if (state.isPending()) {
            throw new InvalidRequestException("Cannot delete " + state.describe() + ": it is pending, not persisted. "
                    + "Use expunge() to remove a pending object from the session");
        }
        Cascades.delete(this, state);
    }

    @Override
    public void expunge(Object entity) {
        checkOpen();
        InstanceState state = objects.stateOf(entity);
        if (state == null) {
            throw new InvalidRequestException(describe(entity) + " is not in this session; nothing to expunge");
        }
        Cascades.expunge(this, state);
    }

    @Override
    public void expungeAll() {
        checkOpen();
        for (InstanceState s : new ArrayList<>(objects.states())) {
            objects.expungeOne(s);
        }
    }

    @Override
    public <T> T merge(T entity) {
        checkOpen();
        return Cascades.merge(this, Objects.requireNonNull(entity, "entity"));
    }

    // --- reading --------------------------------------------------------------------------

    @Override
    public <T> @Nullable T get(Class<T> type, Object id) {
        checkOpen();
        EntityMapping<T> mapping = EntityMapping.of(type);
        Object found = find(mapping, mapping.keyFor(id), autoflush);
        return type.isInstance(found) ? type.cast(found) : null;
    }

    /** The session's object for {@code key}, else its row loaded; null when marked deleted or absent. */
    @Nullable Object find(EntityMapping<?> mapping, EntityKey key, boolean flushFirst) {
        InstanceState state = objects.get(key);
        if (state != null) {
            if (state.isMarkedForDeletion()) {
                return null;
            }
            if (!state.isExpired()) {
                return state.entity();
            }
        }
        if (flushFirst) {
            autoflush();
        }
        return loadByKey(mapping, key, Origin.GET);
    }

    private @Nullable Object loadByKey(EntityMapping<?> mapping, EntityKey key, Origin origin) {
        KeySelect byKey = factory.keySelect(mapping);
        return ResultLoader.run(this, byKey.select(), LoadPlan.defaults(mapping), null,
                byKey.parameters(key.values()), origin).first();
    }

    @Override
    public Query<Row> query(Object first, Object... more) {
        checkOpen();
        Object[] all = new Object[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return Query.ofRows(this, all);
    }

    @Override
    public <T> Query<T> query(Class<T> type) {
        checkOpen();
        return new Query<>(this, EntityMapping.of(type));
    }

    @Override
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /**
     * Runs {@code statement} after an autoflush: a SELECT of mapped classes yields objects; a bulk
     * UPDATE or DELETE expires the session's objects of its table.
     */
    @Override
    public Result execute(Executable statement, Map<String, ?> parameters) {
        checkOpen();
        autoflush();
        if (statement instanceof Select select && hasEntities(select)) {
            return objectsOf(select, parameters);
        }
        Result result = runInternal(statement, parameters);
        if (statement instanceof Update || statement instanceof Delete) {
            objects.expireTable(statement instanceof Update u ? u.table() : ((Delete) statement).table());
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ScalarResult<T> scalars(Select select) {
        return (ScalarResult<T>) execute(select).scalars();
    }

    @Override
    public <T> ScalarResult<T> scalars(Select select, Class<T> type) {
        return execute(select).scalars(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T scalar(Executable statement) {
        return (T) execute(statement).scalar();
    }

    @Override
    public Stream<Row> stream(Executable statement, Map<String, ?> parameters, int rowsPerBatch) {
        checkOpen();
        return SessionStreams.stream(this, statement, parameters, rowsPerBatch);
    }

    private static boolean hasEntities(Select select) {
        for (ClauseElement c : select.columns()) {
            if (c instanceof EntityClause) {
                return true;
            }
        }
        return false;
    }

    /** Replaces each entity's columns in the rows by its object. */
    private Result objectsOf(Select select, Map<String, ?> parameters) {
        return ResultLoader.run(this, select, null, null, parameters).result();
    }

    @Override
    public void refresh(Object entity) {
        checkOpen();
        InstanceState state = objects.stateOf(entity);
        requireAttached(entity, state, "refresh");
        if (state == null || !state.isPersistent() || state.identity() == null) {
            throw new InvalidRequestException("Cannot refresh " + describe(entity)
                    + ": it is not persistent in this session; add() or merge() it first");
        }
        state.expire(true);
        if (loadByKey(state.mapping(), Objects.requireNonNull(state.identity()), Origin.REFRESH) == null) {
            throw new InvalidRequestException("Cannot refresh " + state.describe()
                    + ": its row no longer exists in the database");
        }
    }

    @Override
    public void expire(Object entity) {
        checkOpen();
        InstanceState state = objects.stateOf(entity);
        requireAttached(entity, state, "expire");
        if (state == null || !state.isPersistent()) {
            throw new InvalidRequestException("Cannot expire " + describe(entity) + ": it is not persistent in this session");
        }
        state.expire(true);
    }

    @Override
    public void expireAll() {
        checkOpen();
        objects.expireAll();
    }

    @Override
    public InstanceState inspect(Object entity) {
        InstanceState state = StateRegistry.get(Objects.requireNonNull(entity, "entity"));
        return state != null ? state : new InstanceState(entity, EntityMapping.of(entity.getClass()));
    }

    @Override
    public boolean contains(Object entity) {
        return objects.contains(entity);
    }

    @Override
    public List<Object> newObjects() {
        return objects.newObjects();
    }

    @Override
    public List<Object> dirtyObjects() {
        return objects.dirtyObjects();
    }

    @Override
    public List<Object> deletedObjects() {
        return objects.deletedObjects();
    }

    // --- flushing and transactions ---------------------------------------------------------

    @Override
    public void flush() {
        checkOpen();
        if (flushing) {
            throw new InvalidRequestException("The session is already flushing; flush() cannot be called from inside"
                    + " a flush, nor from a listener of one");
        }
        if (readOnly) {
            throw new InvalidRequestException("This session is read-only: it does not flush; open it without"
                    + " readOnly to write");
        }
        transactions.requireNoPendingRollback("flush");
        if (objects.isClean()) {
            return;
        }
        flushing = true;
        try {
            SessionTransaction tx = begin();
            Connection c = tx.enter();
            try {
                // the unit of work reports the flush's start and end to listeners, inside the flush:
                // a listener calling flush() is refused, not recursed into
                new UnitOfWork(this, c).run();
            } finally {
                tx.exit();
            }
        } catch (RuntimeException e) {
            transactions.flushFailed(e);
            throw e;
        } finally {
            flushing = false;
        }
    }

    void autoflush() {
        if (autoflush && !flushing && !readOnly && !transactions.failed()) {
            flush();
        }
    }

    /**
     * The autoflush before a lazy load: only when objects wait to be inserted or deleted, whose
     * rows the load could miss or find. A full flush checks every object in the session for
     * changes, and a loop of lazy loads would pay that once per object; changed columns of
     * persistent objects (a moved foreign key) reach the database at the next query's or
     * commit's flush, where the other side is reconciled too.
     */
    void autoflushForLoad() {
        if (objects.hasPendingChanges()) {
            autoflush();
        }
    }

    @Override
    public void setAutoflush(boolean on) {
        this.autoflush = on;
    }

    @Override
    public void commit() {
        checkOpen();
        transactions.requireNoPendingRollback("commit");
        transactions.fire(Events.SessionMoment.BEFORE_COMMIT, transactions.current());
        if (!readOnly) {
            flush();
        }
        transactions.commit();
    }

    @Override
    public void rollback() {
        checkOpen();
        transactions.rollback();
    }

    @Override
    public NestedTransaction beginNested() {
        checkOpen();
        transactions.requireNoPendingRollback("begin a nested transaction");
        flush();
        return new NestedTransaction(this, begin().beginSavepoint());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (!eagerFilled.isEmpty()) {
                nPlusOne.unusedEagerLoads(this, eagerFilled);
            }
        } catch (RuntimeException e) {
            // a report must never keep a session from closing
        }
        try {
            transactions.close();
        } finally {
            closed = true;
            objects.close(); // each object detached (or transient), its state no longer holding this session
            eagerFilled.clear();
            transactions.fire(Events.SessionMoment.CLOSE, null);
        }
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public Connection connection() {
        return begin().pin();
    }

    @Override
    public SessionFactory factory() {
        return factory;
    }

    /** The transaction under way, begun (SQLAlchemy's autobegin) when there is none. */
    SessionTransaction begin() {
        checkOpen();
        return transactions.begin();
    }

    /** A transaction of this session's kind: its own, on a new connection. */
    SessionTransaction newTransaction() {
        return SessionTransaction.owned(this, factory.engine(), options);
    }

    /**
     * Fails fast when the session is closed, or used from a thread other than the one that
     * opened it: a session is single-threaded, and two threads in one identity map lose or
     * duplicate rows. One field read per operation.
     */
    void checkOpen() {
        if (closed) {
            throw new InvalidRequestException("This session is closed; open a new one with sessionFactory.open()");
        }
        if (Thread.currentThread() != owner) {
            throw new InvalidRequestException("This session belongs to thread \"" + owner.getName()
                    + "\" and was used from thread \"" + Thread.currentThread().getName() + "\": a session is"
                    + " single-threaded. Open one session per thread (or per task)");
        }
    }

    @Override
    public String toString() {
        return "Session(" + objects.size() + " objects" + (transactions.current() != null ? ", in transaction" : "") + ")";
    }

    // --- for the unit of work and the loaders ----------------------------------------------

    /** Runs a statement for the session itself: no autoflush, no entity conversion. */
    Result runInternal(Executable statement) {
        return runInternal(statement, Map.of());
    }

    Result runInternal(Executable statement, Map<String, ?> parameters) {
        return OrmStatements.run(this, statement, parameters, originOf(statement), null);
    }

    /** Why a statement handed to {@link #execute} runs, for statement listeners. */
    private static Origin originOf(Executable statement) {
        if (statement instanceof TextClause) {
            return Origin.RAW_SQL;
        }
        return statement instanceof Update || statement instanceof Delete ? Origin.BULK : Origin.QUERY;
    }

    /**
     * A context for the objects of one query result. Its description (the SQL) is compiled only
     * if a report needs it; the calling location is taken (one stack walk) only for a query with
     * eager loads, which an unused-eager-load report names.
     */
    LoadContext newLoadContext(Object statementOrDescription, boolean eager) {
        String location = eager && nPlusOne.enabled() ? factory.callSites().location() : "unknown";
        return new LoadContext(() -> statementOrDescription instanceof Executable e
                ? factory.engine().dialect().compile(e).sql() : String.valueOf(statementOrDescription), location);
    }

    /** Notes that an eager loader filled {@code collection}, of an object of this session. */
    void eagerLoaded(InstrumentedCollection<?> collection) {
        eagerFilled.add(collection);
    }

    /** After its INSERT: persistent, in the identity map; a rollback expunges it again. */
    void inserted(InstanceState state, EntityKey key) {
        objects.inserted(state, key);
        begin().current().inserted.add(state);
    }

    /** After an UPDATE: a rollback to the current savepoint expires it. */
    void updated(InstanceState state) {
        SessionTransaction tx = transactions.current();
        if (tx != null && tx.depth() > 0) { // at the top level a rollback expires everything anyway
            tx.current().updated.add(state);
        }
    }

    /** After its DELETE: deleted, out of the identity map (it leaves the session at commit). */
    void deleted(InstanceState state) {
        objects.deleted(state);
        begin().current().deleted.add(state);
    }

    /** A detached object (from a closed session, or expunged) gets the error that says so. */
    private static void requireAttached(Object entity, @Nullable InstanceState state, String operation) {
        if (state == null) {
            InstanceState known = StateRegistry.get(entity);
            if (known != null && known.isDetached()) {
                throw new DetachedInstanceException("Cannot " + operation + " " + known.describe()
                        + ": it is detached (its session was closed, or it was expunged); add() or merge() it into"
                        + " this session first");
            }
        }
    }

    private static String describe(Object entity) {
        InstanceState s = StateRegistry.get(entity);
        return s != null ? s.describe() : entity.getClass().getSimpleName() + "@"
                + Integer.toHexString(System.identityHashCode(entity));
    }
}
