package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.Row;
import dev.ormkit.engine.ScalarResult;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.event.Events;
import dev.ormkit.event.Origin;
import dev.ormkit.event.SessionEvent;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.PendingRollbackException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityClause;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.TextClause;
import dev.ormkit.sql.TableClause;
import dev.ormkit.sql.Update;
import dev.ormkit.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Session}: identity map, unit of work and the user's API. The transaction lifecycle
 * lives in {@link SessionTransaction}; loading relationships on access in {@link LazyLoads};
 * graph walks (cascades, merge) in {@link Cascades}. {@link JoinedSessionImpl} is the kind that
 * lives in a transaction someone else owns.
 */
class SessionImpl implements Session {
    final SessionFactory factory;
    /** Every object attached to this session: pending, persistent, marked or flushed as deleted. */
    private IdentityHashMap<Object, InstanceState> states = new IdentityHashMap<>();
    private HashMap<EntityKey, InstanceState> identityMap = new HashMap<>();
    /** Pending objects in the order they were added: the INSERT order where foreign keys allow. */
    private final PendingObjects pending = new PendingObjects();
    private final LinkedHashSet<InstanceState> deletions = new LinkedHashSet<>();
    private final TransactionOptions options;
    private @Nullable SessionTransaction transaction;
    /** The error that ended the transaction, until a rollback acknowledges it (SQLAlchemy's PendingRollbackError). */
    private @Nullable RuntimeException pendingRollback;
    /** The savepoint level whose rollback acknowledges {@link #pendingRollback}; null: only a full rollback. */
    private SessionTransaction.@Nullable Level pendingLevel;
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
        Cascades.saveUpdate(this, attach(Objects.requireNonNull(entity, "entity")), true);
    }

    @Override
    public void addAll(Collection<?> entities) {
        for (Object e : entities) {
            add(e);
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
            state = attach(entity);
        }
        if (state.isPending()) {
            throw new InvalidRequestException("Cannot delete " + state.describe() + ": it is pending, not persisted. "
                    + "Use expunge() to remove a pending object from the session");
        }
        markDeleted(state);
    }

    void markDeleted(InstanceState state) {
        Cascades.delete(this, state);
    }

    /** Marks one persistent object for deletion (the cascade is {@link Cascades#delete}'s). */
    void markOne(InstanceState state) {
        state.markForDeletion(true);
        deletions.add(state);
    }

    /** {@code add()} of an object marked for deletion and not flushed: the mark goes, as in SQLAlchemy. */
    void unmarkDeleted(InstanceState state) {
        state.markForDeletion(false);
        deletions.remove(state);
    }

    @Override
    public void expunge(Object entity) {
        checkOpen();
        InstanceState state = states.get(entity);
        if (state == null) {
            throw new InvalidRequestException(describe(entity) + " is not in this session; nothing to expunge");
        }
        expungeState(state, true);
    }

    @Override
    public void expungeAll() {
        checkOpen();
        for (InstanceState s : new ArrayList<>(states.values())) {
            expungeState(s, false);
        }
    }

    private void expungeState(InstanceState state, boolean cascade) {
        if (cascade) {
            Cascades.expunge(this, state);
        } else {
            expungeOne(state);
        }
    }

    /** Takes one object out of the session; false when it was not in it. */
    boolean expungeOne(InstanceState state) {
        if (states.remove(state.object()) == null) {
            return false;
        }
        pending.remove(state);
        deletions.remove(state);
        state.markForDeletion(false);
        EntityKey key = state.identity();
        if (key != null && identityMap.get(key) == state) {
            identityMap.remove(key);
        }
        state.session(null);
        state.status(state.hasCommittedValues() && key != null ? ObjectStatus.DETACHED : ObjectStatus.TRANSIENT);
        return true;
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

    @Nullable Object find(EntityMapping<?> mapping, EntityKey key, boolean flushFirst) {
        InstanceState state = identityMap.get(key);
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
        List<ResultLoader.LoadedRow> rows = ResultLoader.run(this, byKey.select(), LoadPlan.defaults(mapping), null,
                byKey.parameters(key.values()), origin).rows();
        return rows.isEmpty() ? null : rows.get(0).values().get(0);
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

    @Override
    public Result execute(Executable statement, Map<String, ?> parameters) {
        checkOpen();
        autoflush();
        if (statement instanceof Select select && hasEntities(select)) {
            return objectsOf(select, parameters);
        }
        Result result = runInternal(statement, parameters);
        if (statement instanceof Update || statement instanceof Delete) {
            expireTable(statement instanceof Update u ? u.table() : ((Delete) statement).table());
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
        ResultLoader.Loaded loaded = ResultLoader.run(this, select, null, null, parameters);
        List<List<Object>> rows = new ArrayList<>();
        for (ResultLoader.LoadedRow r : loaded.rows()) {
            rows.add(r.values());
        }
        return Result.of(loaded.keys(), rows);
    }

    private void expireTable(TableClause table) {
        for (InstanceState s : states.values()) {
            if (s.isPersistent() && s.mapping().tables().contains(table)) {
                s.expire(true);
            }
        }
    }

    @Override
    public void refresh(Object entity) {
        checkOpen();
        InstanceState state = states.get(entity);
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
        InstanceState state = states.get(entity);
        requireAttached(entity, state, "expire");
        if (state == null || !state.isPersistent()) {
            throw new InvalidRequestException("Cannot expire " + describe(entity) + ": it is not persistent in this session");
        }
        state.expire(true);
    }

    @Override
    public void expireAll() {
        checkOpen();
        for (InstanceState s : states.values()) {
            if (s.isPersistent()) {
                s.expire(true);
            }
        }
    }

    @Override
    public InstanceState inspect(Object entity) {
        InstanceState state = StateRegistry.get(Objects.requireNonNull(entity, "entity"));
        return state != null ? state : new InstanceState(entity, EntityMapping.of(entity.getClass()));
    }

    @Override
    public boolean contains(Object entity) {
        return states.containsKey(entity);
    }

    @Override
    public List<Object> newObjects() {
        List<Object> out = new ArrayList<>();
        for (InstanceState s : pending.toList()) {
            out.add(s.entity());
        }
        return out;
    }

    @Override
    public List<Object> dirtyObjects() {
        List<Object> out = new ArrayList<>();
        for (InstanceState s : states.values()) {
            if (s.isPersistent() && !s.isMarkedForDeletion() && s.isModified()) {
                out.add(s.entity());
            }
        }
        return out;
    }

    @Override
    public List<Object> deletedObjects() {
        List<Object> out = new ArrayList<>();
        for (InstanceState s : deletions) {
            out.add(s.entity());
        }
        return out;
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
        requireNoPendingRollback("flush");
        if (pending.isEmpty() && deletions.isEmpty() && !anyPersistent()) {
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
            flushFailed(e);
            throw e;
        } finally {
            flushing = false;
        }
    }

    /**
     * A flush failed with {@code error}. An owned transaction is rolled back at once (to the
     * enclosing savepoint when there is one, wholly when there is none or the savepoint is gone)
     * and its work undone in memory; a joined one is left to its owner. Either way the session
     * refuses to write again until the rollback is acknowledged.
     */
    void flushFailed(RuntimeException error) {
        SessionTransaction tx = transaction;
        if (tx == null) {
            return; // failed before anything began (connecting): nothing was written
        }
        SessionTransaction.Level failed = tx.current();
        pendingRollback = error;
        pendingLevel = failed;
        if (tx.isJoined()) {
            return;
        }
        if (tx.depth() > 0) {
            try {
                tx.rollbackToSavepoint(failed);
                fire(Events.SessionMoment.AFTER_SAVEPOINT_ROLLBACK, tx);
                return;
            } catch (RuntimeException e) {
                error.addSuppressed(e); // the savepoint is gone: the whole transaction was rolled back
            }
        } else {
            tx.rollbackAfterFailure(error);
        }
        transaction = null;
        pendingLevel = null; // the whole transaction: only rollback() acknowledges it
        fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
    }

    /** A rollback to {@code level} acknowledges a failure at that level or inside it. */
    void acknowledgeRollbackOf(SessionTransaction.Level level) {
        SessionTransaction.Level failed = pendingLevel;
        SessionTransaction tx = transaction;
        if (pendingRollback != null && failed != null
                && (tx == null || !tx.contains(failed) || tx.isWithin(failed, level))) {
            pendingRollback = null;
            pendingLevel = null;
        }
    }

    /** Forgets the transaction (its owner ended it); a failure in it is acknowledged with it. */
    void endTransaction() {
        transaction = null;
        pendingRollback = null;
        pendingLevel = null;
    }

    private void requireNoPendingRollback(String operation) {
        RuntimeException failure = pendingRollback;
        if (failure != null) {
            throw new PendingRollbackException("Cannot " + operation + ": this session's transaction was rolled back"
                    + " after an error in a flush or commit (" + failure.getClass().getSimpleName() + ": "
                    + firstLine(failure.getMessage()) + "). " + (this instanceof JoinedSession
                    ? "The transaction's owner must roll it back (afterCompletion, or afterSavepointRollback)"
                    : "Call " + (pendingLevel != null ? "rollback() on the nested transaction that failed (or on"
                    + " the session)" : "session.rollback()"))
                    + " first, then redo the work: objects added since the transaction began are transient again",
                    failure);
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private boolean anyPersistent() {
        return !identityMap.isEmpty();
    }

    void autoflush() {
        if (autoflush && !flushing && !readOnly && pendingRollback == null) {
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
        if ((!pending.isEmpty() || !deletions.isEmpty())) {
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
        requireNoPendingRollback("commit");
        fire(Events.SessionMoment.BEFORE_COMMIT, transaction);
        if (!readOnly) {
            flush();
        }
        SessionTransaction tx = transaction;
        if (tx != null) {
            transaction = null;
            try {
                tx.commit();
            } catch (RuntimeException e) {
                pendingRollback = e; // the in-memory half of the rollback ran: nothing claims a row
                pendingLevel = null;
                fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
                throw e;
            }
            tx.afterCommit();
        } else {
            committed();
        }
        fire(Events.SessionMoment.AFTER_COMMIT, tx);
    }

    /** The in-memory half of a commit: deleted objects detached, the others expired with expireOnCommit. */
    void committed() {
        boolean expire = factory.expireOnCommit();
        for (Iterator<InstanceState> it = states.values().iterator(); it.hasNext(); ) {
            InstanceState s = it.next();
            if (s.isDeleted()) {
                it.remove();
                s.session(null);
                s.status(ObjectStatus.DETACHED);
                s.markRowDeleted();
            } else if (expire && s.isPersistent()) {
                s.expire(false);
            }
        }
    }

    @Override
    public void rollback() {
        checkOpen();
        SessionTransaction tx = transaction;
        transaction = null;
        pendingRollback = null;
        pendingLevel = null;
        if (tx != null) {
            try {
                tx.rollback();
            } finally {
                fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
            }
        } else {
            undo(Set.of(), Set.of(), null);
        }
    }

    @Override
    public NestedTransaction beginNested() {
        checkOpen();
        requireNoPendingRollback("begin a nested transaction");
        flush();
        return new NestedTransaction(this, begin().beginSavepoint());
    }

    void releaseNested(SessionTransaction.Level level) {
        SessionTransaction tx = transaction;
        if (tx != null && tx.contains(level)) {
            tx.releaseSavepoint(level);
        }
    }

    void rollbackNested(SessionTransaction.Level level) {
        SessionTransaction tx = transaction;
        acknowledgeRollbackOf(level);
        if (tx == null || !tx.contains(level)) {
            return;
        }
        try {
            tx.rollbackToSavepoint(level);
        } catch (RuntimeException e) {
            transaction = null;
            pendingRollback = e;
            fire(Events.SessionMoment.AFTER_ROLLBACK, tx);
            throw e;
        }
        fire(Events.SessionMoment.AFTER_SAVEPOINT_ROLLBACK, tx);
    }

    /**
     * The in-memory half of a rollback: pending objects and those {@code inserted} are expunged
     * (transient again, generated ids cleared), marks for deletion dropped, objects
     * {@code deleted} restored; then every persistent object is expired, or for a savepoint
     * ({@code updated} not null) those changed since it: updated in it, or changed and not flushed.
     */
    void undo(Collection<InstanceState> inserted, Collection<InstanceState> deleted,
              @Nullable Collection<InstanceState> updated) {
        for (InstanceState s : pending.toList()) {
            expungeState(s, false);
        }
        for (InstanceState s : inserted) {
            expungeState(s, false);
            s.undoInsert();
            s.status(ObjectStatus.TRANSIENT);
        }
        for (InstanceState s : deletions) {
            s.markForDeletion(false);
        }
        deletions.clear();
        for (InstanceState s : deleted) {
            if (s.isDeleted() && s.object() != null) {
                s.status(ObjectStatus.PERSISTENT);
                s.session(this);
                states.put(s.entity(), s);
                EntityKey key = s.identity();
                if (key != null) {
                    identityMap.putIfAbsent(key, s);
                }
                s.expire(true);
            }
        }
        if (updated != null) {
            for (InstanceState s : updated) {
                if (s.isPersistent()) {
                    s.expire(true);
                }
            }
        }
        for (InstanceState s : states.values()) {
            if (s.isPersistent() && (updated == null || s.isModified())) {
                s.expire(true);
            }
        }
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
        SessionTransaction tx = transaction;
        transaction = null;
        try {
            if (tx != null) {
                tx.close();
            }
        } finally {
            // each object's state notices the closed session when next asked (InstanceState.status())
            closed = true;
            states = new IdentityHashMap<>(); // dropped, not cleared: clearing walks the whole table
            identityMap = new HashMap<>();
            pending.clear();
            deletions.clear();
            eagerFilled.clear();
            pendingRollback = null;
            fire(Events.SessionMoment.CLOSE, null);
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
        SessionTransaction tx = transaction;
        if (tx == null) {
            tx = newTransaction();
            transaction = tx;
            fire(Events.SessionMoment.AFTER_BEGIN, tx);
        }
        return tx;
    }

    /** A transaction of this session's kind: its own, on a new connection. */
    SessionTransaction newTransaction() {
        return SessionTransaction.owned(this, factory.engine(), options);
    }

    @Nullable SessionTransaction transaction() {
        return transaction;
    }

    void fire(Events.SessionMoment moment, @Nullable SessionTransaction tx) {
        Events events = factory.engine().events();
        if (events.hasOrmListeners()) {
            events.fireSession(moment, new SessionEvent(this, this instanceof JoinedSession, tx == null ? 0 : tx.depth()));
        }
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
        return "Session(" + states.size() + " objects" + (transaction != null ? ", in transaction" : "") + ")";
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

    // --- loading ---------------------------------------------------------------------------------

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

    /** A proxy standing for the row {@code key} of {@code target}, now the session's object for that row. */
    Object newProxy(EntityMapping<?> target, EntityKey identity, Object[] key, RelationshipAttribute via,
                    InstanceState parent, LoadMode mode) {
        Object proxy = ProxyFactory.newProxy(target);
        List<ColumnAttribute> pk = target.primaryKey();
        for (int i = 0; i < key.length; i++) {
            pk.get(i).set(proxy, dev.ormkit.dialect.JdbcValues.convert(key[i], pk.get(i).javaType()));
        }
        InstanceState state = attachLoaded(proxy, target, identity, null);
        LazyLoader.install(this, state, LoadPlan.defaults(target));
        for (RelationshipAttribute r : state.relationships()) {
            if (!r.isCollection()) {
                state.markUnloaded(r.name()); // its foreign keys are not known until it loads
            }
        }
        state.expire(false);
        ProxyFactory.handler(proxy, new ProxyHandler(state, via, parent, mode));
        return proxy;
    }

    /** Attaches an object: pending when new, persistent when detached. */
    InstanceState attach(Object entity) {
        InstanceState state = StateRegistry.get(entity);
        if (state != null && state.session() == this && states.containsKey(entity)) {
            if (state.isDeleted()) {
                throw new InvalidRequestException(state.describe() + " was deleted in this session and the DELETE"
                        + " flushed; it cannot be added back until the transaction ends");
            }
            if (state.isMarkedForDeletion()) {
                unmarkDeleted(state); // add() after delete() before the flush: no longer deleted
            }
            return state;
        }
        if (state != null && state.isRowDeleted() && state.owner() == null) {
            throw new InvalidRequestException(state.describe() + " was deleted and the deletion committed: its row is"
                    + " gone, and adding it back would claim a row that does not exist. Insert a new object instead");
        }
        if (state != null && state.session() != null && state.session() != this && state.session().isOpen()) {
            throw new InvalidRequestException(state.describe() + " is already attached to another open session; "
                    + "expunge it there first, or merge() it into this session instead");
        }
        if (state != null && state.isDetached() && state.identity() != null) {
            EntityKey key = Objects.requireNonNull(state.identity());
            InstanceState present = identityMap.get(key);
            if (present != null && present != state) {
                throw new InvalidRequestException("Cannot add " + key + ": this session already holds another object "
                        + "for that row; use merge() to copy its state onto the one in the session");
            }
            state.session(this);
            state.status(ObjectStatus.PERSISTENT);
            states.put(entity, state);
            identityMap.put(key, state);
            return state;
        }
        if (state == null || state.mapping().type() != entity.getClass()) {
            state = new InstanceState(entity, EntityMapping.of(entity.getClass()));
            StateRegistry.put(entity, state);
        }
        state.session(this);
        state.status(ObjectStatus.PENDING);
        states.put(entity, state);
        pending.add(state);
        LazyLoader.instrument(state);
        return state;
    }

    void cascadeSaveUpdateAll() {
        Cascades.saveUpdateAll(this);
    }

    /**
     * A load is about to attach up to {@code count} more objects: the maps are sized for them at
     * once rather than doubled again and again on the way (rehashing every entry each time).
     */
    void expectObjects(int count) {
        if (count > states.size() && count > 64) {
            IdentityHashMap<Object, InstanceState> sizedStates = new IdentityHashMap<>(states.size() + count);
            sizedStates.putAll(states);
            states = sizedStates;
            HashMap<EntityKey, InstanceState> sizedIdentities = new HashMap<>((identityMap.size() + count) * 4 / 3 + 1);
            sizedIdentities.putAll(identityMap);
            identityMap = sizedIdentities;
        }
    }

    @Nullable InstanceState identityState(EntityKey key) {
        return identityMap.get(key);
    }

    @Nullable InstanceState stateOf(@Nullable Object entity) {
        return entity == null ? null : states.get(entity);
    }

    /**
     * A loaded object becomes persistent: baseline taken, relationships unloaded. The baseline is
     * {@code columnValues} (in column attribute order, as the loader set them) or, when null, the
     * object's fields.
     */
    InstanceState attachLoaded(Object entity, EntityMapping<?> mapping, EntityKey key, @Nullable Object @Nullable [] columnValues) {
        InstanceState state = new InstanceState(entity, mapping);
        state.key(key);
        state.session(this);
        state.status(ObjectStatus.PERSISTENT);
        if (columnValues != null) {
            state.committedValues(columnValues);
        } else {
            state.snapshotColumns();
        }
        state.snapshotRelationships();
        state.markAllUnloaded();
        StateRegistry.put(entity, state);
        states.put(entity, state);
        identityMap.put(key, state);
        return state;
    }

    Collection<InstanceState> states() {
        return states.values();
    }

    List<InstanceState> pendingStates() {
        return pending.toList();
    }

    List<InstanceState> deletionStates() {
        return new ArrayList<>(deletions);
    }

    /** After its INSERT: persistent, in the identity map. */
    void inserted(InstanceState state, EntityKey key) {
        pending.remove(state);
        state.key(key);
        state.status(ObjectStatus.PERSISTENT);
        identityMap.put(key, state);
        begin().current().inserted.add(state);
    }

    /** After an UPDATE: a rollback to the current savepoint expires it. */
    void updated(InstanceState state) {
        SessionTransaction tx = transaction;
        if (tx != null && tx.depth() > 0) { // at the top level a rollback expires everything anyway
            tx.current().updated.add(state);
        }
    }

    /** After its DELETE: deleted, out of the identity map (it leaves the session at commit). */
    void deleted(InstanceState state) {
        deletions.remove(state);
        state.markForDeletion(false);
        state.status(ObjectStatus.DELETED);
        EntityKey key = state.identity();
        if (key != null && identityMap.get(key) == state) {
            identityMap.remove(key);
        }
        begin().current().deleted.add(state);
    }

    /** After an UPDATE that changed the primary key: the identity map follows. */
    void rekey(InstanceState state, EntityKey newKey) {
        EntityKey old = state.identity();
        if (old != null && identityMap.get(old) == state) {
            identityMap.remove(old);
        }
        state.key(newKey);
        identityMap.put(newKey, state);
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
