package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.sql.TableClause;
import org.jspecify.annotations.Nullable;

/**
 * The objects of one session and the state each is in: every attached object (pending,
 * persistent, marked or flushed as deleted), the persistent ones by row, the pending ones in
 * the order they were added and those marked for deletion. The moves between states (attach,
 * load, insert, delete, expunge, and the in-memory halves of commit and rollback) happen here
 * and only here, so the maps never disagree. Objects are found by object in
 * {@link AttachedStates}, which needs no map entry for a {@link Base} object.
 */
final class IdentityMap {
    private final SessionImpl session;
    private final AttachedStates states = new AttachedStates();
    private final KeyIndex byKey = new KeyIndex();
    /** Pending objects in the order they were added: the INSERT order where foreign keys allow. */
    private final PendingObjects pending = new PendingObjects();
    private final LinkedHashSet<InstanceState> deletions = new LinkedHashSet<>();
    /**
     * How many times a plain object's state here began to hold related objects strongly (a
     * {@link Base} object, an object outside the session): when none did, close has nothing to
     * release and does not walk the objects. It only grows; counting an object twice costs a walk.
     */
    private int holdingRelated;

    IdentityMap(SessionImpl session) {
        this.session = session;
    }

    // --- looking up --------------------------------------------------------------------------

    @Nullable InstanceState get(EntityKey key) {
        return byKey.get(key);
    }

    /** The persistent object of root class {@code root} whose single-column key is {@code value}. */
    @Nullable InstanceState get(Class<?> root, Object value) {
        return byKey.get(root, value);
    }

    @Nullable InstanceState stateOf(@Nullable Object entity) {
        return entity == null ? null : states.get(entity);
    }

    boolean contains(Object entity) {
        return states.get(entity) != null;
    }

    int size() {
        return states.size();
    }

    /** The states of every attached object, as a view: copy it to attach or detach objects on the way. */
    Collection<InstanceState> states() {
        return states.values();
    }

    List<InstanceState> pendingStates() {
        return pending.toList();
    }

    List<InstanceState> deletionStates() {
        return new ArrayList<>(deletions);
    }

    /** True when a flush has nothing to look at: nothing pending, marked for deletion or persistent. */
    boolean isClean() {
        return pending.isEmpty() && deletions.isEmpty() && byKey.isEmpty();
    }

    /** True when objects wait to be inserted or deleted. */
    boolean hasPendingChanges() {
        return !pending.isEmpty() || !deletions.isEmpty();
    }

    List<Object> newObjects() {
        List<Object> out = new ArrayList<>();
        for (InstanceState s : pending.toList()) {
            out.add(s.entity());
        }
        return out;
    }

    List<Object> dirtyObjects() {
        List<Object> out = new ArrayList<>();
        for (InstanceState s : states.values()) {
            if (s.isPersistent() && !s.isMarkedForDeletion() && s.isModified()) {
                out.add(s.entity());
            }
        }
        return out;
    }

    List<Object> deletedObjects() {
        List<Object> out = new ArrayList<>();
        for (InstanceState s : deletions) {
            out.add(s.entity());
        }
        return out;
    }

    /** A state here began to hold related objects strongly: close must release them (see {@link #holdingRelated}). */
    void holdsRelated() {
        holdingRelated++;
    }

    // --- attaching -------------------------------------------------------------------------

    /** Attaches an object: pending when new, persistent when detached. */
    InstanceState attach(Object entity) {
        return attach(entity, StateRegistry.get(entity));
    }

    /**
     * {@link #attach(Object)} with the object's state as the registry had it at an earlier
     * look-up ({@code registered}, null: none). The object may have been attached here since (a
     * cascade from an object added before it, or the same object twice in one {@code addAll}):
     * then the state this session holds is the one.
     */
    InstanceState attach(Object entity, @Nullable InstanceState registered) {
        InstanceState attached = states.get(entity);
        if (attached != null && attached.session() == session) {
            InstanceState state = attached;
            if (state.isDeleted()) {
                throw new InvalidRequestException(state.describe() + " was deleted in this session and the DELETE"
                        + " flushed; it cannot be added back until the transaction ends");
            }
            if (state.isMarkedForDeletion()) {
                unmarkDeleted(state); // add() after delete() before the flush: no longer deleted
            }
            return state;
        }
        InstanceState state = attached != null ? attached : registered;
        if (state != null && state.isRowDeleted() && state.owner() == null) {
            throw new InvalidRequestException(state.describe() + " was deleted and the deletion committed: its row is"
                    + " gone, and adding it back would claim a row that does not exist. Insert a new object instead");
        }
        if (state != null && state.session() != null && state.session() != session && state.session().isOpen()) {
            throw new InvalidRequestException(state.describe() + " is already attached to another open session; "
                    + "expunge it there first, or merge() it into this session instead");
        }
        if (state != null && state.isDetached() && state.identity() != null) {
            EntityKey key = Objects.requireNonNull(state.identity());
            InstanceState present = byKey.get(key);
            if (present != null && present != state) {
                throw new InvalidRequestException("Cannot add " + key + ": this session already holds another object "
                        + "for that row; use merge() to copy its state onto the one in the session");
            }
            state.session(session);
            state.status(ObjectStatus.PERSISTENT);
            state.holdRelated();
            states.put(entity, state);
            byKey.put(key, state);
            return state;
        }
        if (state == null || state.mapping().type() != entity.getClass()) {
            state = new InstanceState(entity, EntityMapping.of(entity.getClass()));
            StateRegistry.put(entity, state);
        }
        state.session(session);
        state.status(ObjectStatus.PENDING);
        state.holdRelated();
        states.put(entity, state);
        pending.add(state);
        Instrumentation.instrument(state);
        return state;
    }

    /**
     * A loaded object becomes persistent: baseline taken, relationships unloaded. The baseline is
     * {@code columnValues} (in column attribute order, as the loader set them; the array is kept)
     * or, when null, the object's fields.
     */
    InstanceState attachLoaded(Object entity, EntityMapping<?> mapping, EntityKey key, @Nullable Object @Nullable [] columnValues) {
        InstanceState state = loaded(entity, mapping, columnValues);
        state.key(key);
        byKey.put(key, state);
        return state;
    }

    /**
     * {@link #attachLoaded(Object, EntityMapping, EntityKey, Object[])} for a single-column key:
     * {@code keyValue} of root class {@code root}, no {@link EntityKey} made for it.
     */
    InstanceState attachLoaded(Object entity, EntityMapping<?> mapping, Class<?> root, Object keyValue,
                               @Nullable Object @Nullable [] columnValues) {
        InstanceState state = loaded(entity, mapping, columnValues);
        state.keyValue(keyValue);
        byKey.put(root, keyValue, state);
        return state;
    }

    private InstanceState loaded(Object entity, EntityMapping<?> mapping, @Nullable Object @Nullable [] columnValues) {
        InstanceState state = new InstanceState(entity, mapping);
        state.session(session);
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
        return state;
    }

    /**
     * A load is about to attach up to {@code count} more objects, {@code rows} of them of class
     * {@code keyed} when its rows are one object each (null otherwise): the maps are sized for
     * them at once rather than doubled again and again on the way (rehashing every entry each time).
     */
    void expectObjects(int count, @Nullable EntityMapping<?> keyed, int rows) {
        states.expect(count);
        if (keyed != null && keyed.primaryKey().size() == 1) {
            byKey.expect(keyed.rootType(), rows);
        }
    }

    // --- deleting and expunging ------------------------------------------------------------

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

    /** Takes one object out of the session; false when it was not in it. */
    boolean expungeOne(InstanceState state) {
        if (!states.remove(state)) {
            return false;
        }
        pending.remove(state);
        deletions.remove(state);
        state.markForDeletion(false);
        EntityKey key = state.identity();
        if (key != null) {
            byKey.remove(key, state);
        }
        state.session(null);
        state.status(state.hasCommittedValues() && key != null ? ObjectStatus.DETACHED : ObjectStatus.TRANSIENT);
        state.releaseRelated();
        return true;
    }

    // --- what a flush did ------------------------------------------------------------------

    /** After its INSERT: persistent, in the identity map. */
    void inserted(InstanceState state, EntityKey key) {
        pending.remove(state);
        state.key(key);
        state.status(ObjectStatus.PERSISTENT);
        byKey.put(key, state);
    }

    /** After its DELETE: deleted, out of the identity map (it leaves the session at commit). */
    void deleted(InstanceState state) {
        deletions.remove(state);
        state.markForDeletion(false);
        state.status(ObjectStatus.DELETED);
        EntityKey key = state.identity();
        if (key != null) {
            byKey.remove(key, state);
        }
    }

    /** After an UPDATE that changed the primary key: the identity map follows. */
    void rekey(InstanceState state, EntityKey newKey) {
        EntityKey old = state.identity();
        if (old != null) {
            byKey.remove(old, state);
        }
        state.key(newKey);
        byKey.put(newKey, state);
    }

    // --- expiring, and the in-memory halves of commit and rollback -------------------------

    /** Expires every persistent object. */
    void expireAll() {
        for (InstanceState s : states.values()) {
            if (s.isPersistent()) {
                s.expire(true);
            }
        }
    }

    /** Expires the persistent objects mapped to {@code table}: a bulk UPDATE or DELETE changed its rows. */
    void expireTable(TableClause table) {
        for (InstanceState s : states.values()) {
            if (s.isPersistent() && s.mapping().tables().contains(table)) {
                s.expire(true);
            }
        }
    }

    /** The in-memory half of a commit: deleted objects detached, the others expired when {@code expire}. */
    void committed(boolean expire) {
        List<InstanceState> deleted = new ArrayList<>();
        for (InstanceState s : states.values()) {
            if (s.isDeleted()) {
                deleted.add(s);
            } else if (expire && s.isPersistent()) {
                s.expire(false);
            }
        }
        for (InstanceState s : deleted) {
            states.remove(s);
            s.session(null);
            s.status(ObjectStatus.DETACHED);
            s.markRowDeleted();
            s.releaseRelated();
        }
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
            expungeOne(s);
        }
        for (InstanceState s : inserted) {
            expungeOne(s);
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
                s.session(session);
                states.put(s.entity(), s);
                EntityKey key = s.identity();
                if (key != null) {
                    byKey.putIfAbsent(key, s);
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

    /**
     * Forgets every object as its session closes, and has each state let go of the session at
     * once: a plain object's state outlives the session in the
     * registry until a collection after its object's, and holding the session (with its maps) and
     * its queries' lists of sibling states until then would carry all of it through a young
     * collection for every session closed since the last, a request's whole session for a request
     * that loaded one object. One pass over the objects, a few field writes each.
     */
    void close() {
        boolean release = holdingRelated > 0;
        for (InstanceState s : states.values()) {
            if (release) {
                s.releaseRelated(); // a plain object's state outlives the session in the registry
            }
            s.sessionClosed();
        }
        holdingRelated = 0;
        states.clear();
        byKey.clear();
        pending.clear();
        deletions.clear();
    }
}
