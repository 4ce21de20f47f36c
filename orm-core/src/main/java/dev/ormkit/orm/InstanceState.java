package dev.ormkit.orm;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * What a session knows about one object: its {@link ObjectStatus status}, identity key, the
 * column values last read from or written to the database (the baseline dirty tracking
 * compares against), whether it is expired, and which relationships are loaded.
 * {@code session.inspect(obj)} returns it; the public methods only read.
 *
 * <p>Relationship bookkeeping: a relationship attribute is <em>loaded</em> when the field
 * holds what the database holds (an object the session added, or one a loader filled);
 * objects read from rows start with every relationship unloaded, and loaders mark
 * attributes loaded as they fill them. The session also remembers what each relationship
 * held at the last flush, so that a flush sees what was added to or removed from it.
 */
public final class InstanceState {
    /** Marks "nothing recorded yet" in the relationship baseline of a new object. */
    private static final Object NOTHING = new Object();

    /**
     * The object: one that carries its state ({@link Base}, {@link StateCarrier}) itself, any other through its {@link StateRegistry.Entry}
     * (a weak reference, as the registry holds this state; the session holds the object while it
     * is attached). Read through {@link StateRegistry#referent}.
     */
    private final Object ref;
    private final EntityMapping<?> mapping;
    private static final ObjectStatus[] STATUSES = ObjectStatus.values();
    // flag bits: one byte for five booleans and a byte for the status keep the state at 72 bytes
    private static final int EXPIRED = 1;
    private static final int DISCARD_CHANGES_ON_RELOAD = 2;
    private static final int MARKED_FOR_DELETION = 4;
    private static final int ROW_DELETED = 8;
    private static final int BASELINE_TAKEN = 16;
    /** Some relationship baseline entry holds related objects strongly: a session's release has work to do. */
    private static final int HOLDS_RELATED = 32;

    /** The {@link ObjectStatus}, by ordinal. */
    private byte status = (byte) ObjectStatus.TRANSIENT.ordinal();
    /**
     * Expired; when reloading an expired object overwrites changes not yet flushed (SQLAlchemy's
     * expire()); marked for deletion; its DELETE committed (the row is gone, and adding the object
     * back would claim it); and what {@link #relationshipBaseline} stands for while missing.
     */
    private byte flags;
    private @Nullable SessionImpl session;
    /**
     * The identity key: an {@link EntityKey}, or the value of a single-column key as loaded, the
     * {@code EntityKey} made only when {@link #identity()} is asked for (most loaded objects never are).
     */
    private @Nullable Object key;
    /** Column values as the database has them, in {@code mapping.columnAttributes()} order; null before the first flush. */
    private @Nullable Object @Nullable [] committed;
    /** Its place among the session's pending objects ({@link PendingObjects}), or -1. */
    private int pendingSlot = -1;
    /** The place among its session's objects ({@link AttachedStates}) of an object that carries its state, or -1. */
    private int attachedSlot = -1;
    /**
     * What each relationship held at the last flush or load, null standing for none (or an empty
     * collection). Allocated on the first entry that is not its default (see BASELINE_TAKEN in
     * {@link #flags}): most loaded objects never need it, their relationships start empty.
     *
     * <p>A related plain object attached to the same session is recorded through its state: a
     * reference as that {@code InstanceState}, a collection as a {@link RelatedStates}. A plain
     * object's state holds its object weakly, so such an entry never keeps a related object alive
     * and needs nothing done when the object leaves its session. Anything else (an object that
     * carries its state, an object not in the session) is recorded as itself, a collection as a List copy,
     * and {@link #HOLDS_RELATED} tells {@link #releaseRelated()} there is something to release.
     */
    private @Nullable Object @Nullable [] relationshipBaseline;
    // BASELINE_TAKEN says what an entry of a missing relationshipBaseline holds: unset, NOTHING
    // (a new object: no baseline); set, null (empty: a baseline was taken and found nothing)
    /** Bit {@code i} set: relationship {@code i} (below 64) is not loaded. */
    private long unloaded;
    /** The same for relationships 64 and up, for the rare mapping with that many; null until needed. */
    private long @Nullable [] unloadedBeyond64;
    /** Attributes the session filled in at INSERT (generated key, version): undone if that INSERT is rolled back. */
    private List<ColumnAttribute> writtenAtInsert = List.of();
    /** The query result the object last came from: its siblings for batch loading and N+1 detection. */
    private @Nullable LoadContext origin;
    /** The loader plan of that query, for the relationships it brings in later. */
    private @Nullable LoadPlan plan;

    InstanceState(Object entity, EntityMapping<?> mapping) {
        this.ref = StateRegistry.referenceTo(entity, this);
        this.mapping = mapping;
        mapping.relationships(); // resolves them once, up front, as callers iterate them without asking again
    }

    // --- public, read-only view -----------------------------------------------------------

    /** The object, or null once it was garbage collected (only possible for a detached object of a plain class). */
    public @Nullable Object object() {
        return StateRegistry.referent(ref);
    }

    /** The mapping of the object's class. */
    public EntityMapping<?> mapping() {
        return mapping;
    }

    public ObjectStatus status() {
        return STATUSES[status];
    }

    public boolean isTransient() {
        return status() == ObjectStatus.TRANSIENT;
    }

    public boolean isPending() {
        return status() == ObjectStatus.PENDING;
    }

    public boolean isPersistent() {
        return status() == ObjectStatus.PERSISTENT;
    }

    public boolean isDeleted() {
        return status() == ObjectStatus.DELETED;
    }

    public boolean isDetached() {
        return status() == ObjectStatus.DETACHED;
    }

    /** True when {@code session.delete(obj)} was called and the DELETE is not flushed yet. */
    public boolean isMarkedForDeletion() {
        return flag(MARKED_FOR_DELETION);
    }

    /** The identity key (root class and primary key values), or null before the object was flushed. */
    public @Nullable EntityKey identity() {
        Object k = key;
        if (k == null || k instanceof EntityKey) {
            return (EntityKey) k;
        }
        EntityKey made = mapping.keyFor(k);
        key = made;
        return made;
    }

    /**
     * True when the object's column values are to be reloaded the next time the session hands
     * it out (a query, {@code get}) or on {@code refresh}. Its fields keep their values meanwhile.
     */
    public boolean isExpired() {
        return flag(EXPIRED);
    }

    /**
     * The column attributes whose value differs from what the database has (as of the last
     * load or flush): what the next flush will UPDATE. For a pending object, every attribute
     * with a value.
     */
    public Set<String> modifiedAttributes() {
        Object entity = object();
        Set<String> out = new LinkedHashSet<>();
        if (entity == null) {
            return out;
        }
        List<ColumnAttribute> attributes = attributes();
        for (int i = 0; i < attributes.size(); i++) {
            Object now = attributes.get(i).get(entity);
            if (committed == null ? now != null : !same(committed[i], now)) {
                out.add(attributes.get(i).name());
            }
        }
        return out;
    }

    /** True when {@link #modifiedAttributes()} is not empty. */
    public boolean isModified() {
        return !modifiedAttributes().isEmpty();
    }

    /** The relationships whose field does not hold what the database holds (not loaded yet). */
    public Set<String> unloadedAttributes() {
        Set<String> out = new LinkedHashSet<>();
        List<RelationshipAttribute> relationships = relationships();
        for (int i = 0; i < relationships.size(); i++) {
            if (!isLoaded(i)) {
                out.add(relationships.get(i).name());
            }
        }
        return out;
    }

    /** The session the object belongs to, or null. */
    public @Nullable Session session() {
        return owner();
    }

    /** The session the object belongs to, or null (for the session and its loaders). */
    @Nullable SessionImpl owner() {
        return session;
    }

    @Override
    public String toString() {
        Object entity = object();
        return "InstanceState(" + (entity == null ? mapping.type().getSimpleName() : describe()) + ", " + status()
                + (flag(EXPIRED) ? ", expired" : "") + ")";
    }

    // --- for the session and its loaders -----------------------------------------------------

    /** "User(1)" or "pending User@1a2b": how messages name the object. */
    String describe() {
        EntityKey k = identity();
        if (k != null) {
            return k.toString();
        }
        Object entity = object();
        return mapping.type().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(entity));
    }

    Object entity() {
        Object entity = object();
        if (entity == null) {
            throw new IllegalStateException("object of " + this + " was collected");
        }
        return entity;
    }

    /** The registry's entry of a plain object's state (never called for one that carries its state). */
    StateRegistry.Entry entry() {
        return (StateRegistry.Entry) ref;
    }

    /**
     * Its session has closed ({@link IdentityMap#close} visits every attached object): detached,
     * or transient if it was never flushed, holding neither the session nor the list of states
     * its query loaded (a detached object loads nothing lazily), nor a plan the mapping's
     * defaults would give again. A plan with options stays: an object added to a new session
     * lazy-loads as its query said.
     */
    void sessionClosed() {
        session = null;
        flag(MARKED_FOR_DELETION, false);
        status(STATUSES[status] == ObjectStatus.PENDING || key == null ? ObjectStatus.TRANSIENT : ObjectStatus.DETACHED);
        origin = null;
        if (plan != null && plan.isDefaults()) {
            plan = null;
        }
    }

    void status(ObjectStatus s) {
        this.status = (byte) s.ordinal();
    }

    private boolean flag(int bit) {
        return (flags & bit) != 0;
    }

    private void flag(int bit, boolean on) {
        flags = (byte) (on ? flags | bit : flags & ~bit);
    }

    void session(@Nullable SessionImpl s) {
        this.session = s;
    }

    void key(@Nullable EntityKey k) {
        this.key = k;
    }

    /**
     * The identity key as held: an {@link EntityKey}, or a single-column key's value when no
     * {@code EntityKey} was made for it yet; null before the object was flushed.
     */
    @Nullable Object keyOrValue() {
        return key;
    }

    /** A single-column key's value (as its field's type): the {@link EntityKey} is made when asked for. */
    void keyValue(Object value) {
        this.key = value;
    }

    int pendingSlot() {
        return pendingSlot;
    }

    void pendingSlot(int slot) {
        this.pendingSlot = slot;
    }

    int attachedSlot() {
        return attachedSlot;
    }

    void attachedSlot(int slot) {
        this.attachedSlot = slot;
    }

    /** Its DELETE was committed. */
    void markRowDeleted() {
        flag(ROW_DELETED, true);
    }

    boolean isRowDeleted() {
        return flag(ROW_DELETED);
    }

    void markForDeletion(boolean marked) {
        flag(MARKED_FOR_DELETION, marked);
    }

    void expire(boolean discardChanges) {
        flag(EXPIRED, true);
        if (discardChanges) {
            flag(DISCARD_CHANGES_ON_RELOAD, true);
        }
    }

    void unexpire() {
        flag(EXPIRED | DISCARD_CHANGES_ON_RELOAD, false);
    }

    boolean discardsChangesOnReload() {
        return flag(DISCARD_CHANGES_ON_RELOAD);
    }

    List<ColumnAttribute> attributes() {
        return mapping.columnAttributes();
    }

    List<RelationshipAttribute> relationships() {
        return mapping.relationships();
    }

    /** The baseline value of attribute {@code i}, or null before the first flush. */
    @Nullable Object committedValue(int i) {
        return committed == null ? null : committed[i];
    }

    boolean hasCommittedValues() {
        return committed != null;
    }

    /** Takes the object's current column values as what the database has. */
    void snapshotColumns() {
        Object entity = entity();
        List<ColumnAttribute> attributes = attributes();
        Object[] values = new Object[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = copyOf(attributes.get(i).get(entity));
        }
        committed = values;
    }

    /**
     * Takes the current values of the column attributes at {@code indexes} as what the database
     * has, the others keeping theirs: after an UPDATE that set only those columns.
     */
    void snapshotColumns(List<Integer> indexes) {
        Object[] values = committed;
        if (values == null) {
            snapshotColumns();
            return;
        }
        Object entity = entity();
        List<ColumnAttribute> attributes = attributes();
        for (int i : indexes) {
            values[i] = copyOf(attributes.get(i).get(entity));
        }
    }

    /** Takes {@code values} (one per column attribute, in order; the array is kept) as what the database has. */
    void committedValues(@Nullable Object[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = copyOf(values[i]);
        }
        committed = values;
    }

    /** Records that attribute {@code i} now holds {@code value} in the database. */
    void committedValue(int i, @Nullable Object value) {
        if (committed == null) {
            committed = new Object[attributes().size()];
        }
        committed[i] = copyOf(value);
    }

    /** The indexes of the column attributes changed since the baseline. */
    List<Integer> changedColumns() {
        Object entity = entity();
        List<Integer> out = List.of(); // most objects of a flush are unchanged: no list for them
        List<ColumnAttribute> attributes = attributes();
        for (int i = 0; i < attributes.size(); i++) {
            Object now = attributes.get(i).get(entity);
            if (committed == null || !same(committed[i], now)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>();
                }
                out.add(i);
            }
        }
        return out;
    }

    boolean isColumnChanged(int i) {
        return committed == null || !same(committed[i], attributes().get(i).get(entity()));
    }

    // relationship bookkeeping

    /** True while no baseline was recorded for relationship {@code i} (a new object). */
    boolean hasNoBaseline(int i) {
        return baseline(i) == NOTHING;
    }

    /** The related object at the last flush (scalar relationships); null when none or no baseline. */
    @Nullable Object baselineReference(int i) {
        Object b = baseline(i);
        if (b instanceof InstanceState related) {
            return related.object();
        }
        if (b instanceof ReleasedReference r) {
            return r.get();
        }
        return b == NOTHING ? null : b;
    }

    /** The members at the last flush (collections); empty when no baseline. */
    List<?> baselineMembers(int i) {
        Object b = baseline(i);
        if (b instanceof RelatedStates r) {
            return r.live();
        }
        if (b instanceof ReleasedMembers r) {
            return r.live();
        }
        return b instanceof List<?> l ? l : List.of();
    }

    private @Nullable Object baseline(int i) {
        Object[] b = relationshipBaseline;
        return b != null ? b[i] : flag(BASELINE_TAKEN) ? null : NOTHING;
    }

    /**
     * The object leaves its session (close, expunge, a committed delete): its relationship
     * baseline stops holding the related objects strongly, unless they are removals not flushed
     * yet. A plain object's state is held by the {@link StateRegistry} until the object is
     * collected, and an author's baseline holding her books while each book's holds the author
     * would keep both alive for good; a member still in the relationship's field is held by the
     * object itself, so weakening it loses nothing while the object lives. The state of an object
     * that carries it ({@link Base}, {@link StateCarrier}) is held only by the object, so there is no such cycle and nothing to do. Entries
     * recorded through the related objects' states hold nothing strongly already: a state whose
     * entries are all of that kind (every object loaded with its relationships from one session)
     * returns at once.
     */
    void releaseRelated() {
        Object[] baseline = relationshipBaseline;
        if (baseline == null || !flag(HOLDS_RELATED)) {
            return; // no array: every entry empty or no baseline; no flag: nothing held strongly
        }
        Object entity = object();
        if (entity == null || StateRegistry.carriesState(entity)) {
            return;
        }
        for (int i = 0; i < baseline.length; i++) {
            Object b = baseline[i];
            if (b == NOTHING || b == null || b instanceof InstanceState || b instanceof RelatedStates
                    || b instanceof ReleasedReference || b instanceof ReleasedMembers) {
                continue;
            }
            if (b instanceof List<?> members) {
                if (!members.isEmpty()) {
                    baseline[i] = new ReleasedMembers(members, relationships().get(i).get(entity));
                }
            } else {
                baseline[i] = new ReleasedReference(b);
            }
        }
        flag(HOLDS_RELATED, false);
    }

    /** The object joins a session again: the baseline holds what is left of its objects strongly once more. */
    void holdRelated() {
        Object[] baseline = relationshipBaseline;
        if (baseline == null) {
            return;
        }
        for (int i = 0; i < baseline.length; i++) {
            Object b = baseline[i];
            if (b instanceof ReleasedReference r) {
                baseline[i] = r.get();
                holdsRelated();
            } else if (b instanceof ReleasedMembers r) {
                baseline[i] = Collections.unmodifiableList(r.live());
                holdsRelated();
            }
        }
        if (flag(HOLDS_RELATED) && session != null) {
            session.objects.holdsRelated(); // a strong entry recorded while out of a session (see holdsRelated())
        }
    }

    /**
     * Notes that some baseline entry now holds related objects strongly; the first time while
     * attached, the session counts it, so that a close with none to release skips the walk.
     */
    private void holdsRelated() {
        if (!flag(HOLDS_RELATED)) {
            flag(HOLDS_RELATED, true);
            SessionImpl s = session;
            if (s != null) {
                s.objects.holdsRelated();
            }
        }
    }

    /**
     * {@code member} left relationship {@code i} through its instrumented collection: until the
     * next flush records a new baseline, the state holds it, so that the flush still sees it go
     * even when the object is out of any session and nothing else holds the member.
     */
    void keepRemoved(RelationshipAttribute r, Object member) {
        int i = relationships().indexOf(r);
        Object[] baseline = relationshipBaseline;
        if (i < 0 || baseline == null) {
            return;
        }
        if (baseline[i] instanceof ReleasedMembers released) {
            released.hold(member);
        } else if (baseline[i] instanceof RelatedStates states) {
            states.hold(member);
        }
    }

    /**
     * A collection's baseline of plain objects that were attached to the session: their states,
     * which hold them weakly. Members taken out of the collection since (through the instrumented
     * collection) are held strongly until the next flush replaces the baseline.
     */
    private static final class RelatedStates {
        private final InstanceState[] states;
        private @Nullable List<Object> removed;

        RelatedStates(InstanceState[] states) {
            this.states = states;
        }

        synchronized void hold(Object member) {
            for (InstanceState s : states) {
                if (s.object() == member) {
                    if (removed == null) {
                        removed = new ArrayList<>(2);
                    }
                    if (!InstrumentedCollection.containsSame(removed, member)) {
                        removed.add(member);
                    }
                    return;
                }
            }
        }

        /** The members not collected (a collected one cannot be in any collection any more), in order. */
        List<Object> live() {
            List<Object> out = new ArrayList<>(states.length);
            for (InstanceState s : states) {
                Object m = s.object();
                if (m != null) {
                    out.add(m);
                }
            }
            return out;
        }
    }

    /** A scalar relationship's baseline while the object is out of any session. */
    private static final class ReleasedReference extends WeakReference<Object> {
        ReleasedReference(Object referent) {
            super(referent);
        }
    }

    /**
     * A collection's baseline while the object is out of any session: members still in the
     * collection held weakly (the collection holds them), the others (removals not flushed) strongly.
     */
    private static final class ReleasedMembers {
        private final List<Object> held = new ArrayList<>();
        private final List<WeakReference<Object>> weak = new ArrayList<>();

        ReleasedMembers(List<?> members, @Nullable Object current) {
            Collection<?> now = current instanceof InstrumentedCollection<?> ic ? ic.delegate
                    : current instanceof Collection<?> c ? c : List.of();
            for (Object m : members) {
                if (InstrumentedCollection.containsSame(now, m)) {
                    weak.add(new WeakReference<>(m));
                } else {
                    held.add(m);
                }
            }
        }

        synchronized void hold(Object member) {
            for (int k = 0; k < weak.size(); k++) {
                if (weak.get(k).refersTo(member)) {
                    weak.remove(k);
                    held.add(member);
                    return;
                }
            }
        }

        synchronized List<Object> live() {
            List<Object> out = new ArrayList<>(held.size() + weak.size());
            out.addAll(held);
            for (WeakReference<Object> w : weak) {
                Object m = w.get();
                if (m != null) {
                    out.add(m);
                }
            }
            return out;
        }
    }

    /** Records the current value of every relationship as the baseline. */
    void snapshotRelationships() {
        Object entity = entity();
        List<RelationshipAttribute> relationships = relationships();
        flag(BASELINE_TAKEN, true); // every entry is written below: a missing array now means all empty
        for (int i = 0; i < relationships.size(); i++) {
            snapshotRelationship(i, relationships.get(i).get(entity));
        }
    }

    void snapshotRelationship(int i, @Nullable Object value) {
        Object entry;
        if (relationships().get(i).isCollection()) {
            Collection<?> members = value instanceof InstrumentedCollection<?> ic ? ic.delegate
                    : value instanceof Collection<?> c ? c : null;
            entry = members == null || members.isEmpty() ? null : membersBaseline(members);
        } else {
            entry = value == null ? null : referenceBaseline(value, attachedStateOf(value));
        }
        recordBaseline(i, entry);
    }

    /**
     * Records {@code value}, the object of {@code related} (a state attached to this state's
     * session), as what scalar relationship {@code i} holds in the database: what a loader that
     * has the state at hand calls instead of {@link #snapshotRelationship}, saving a lookup.
     */
    void snapshotReference(int i, InstanceState related) {
        recordBaseline(i, referenceBaseline(related.entity(), related));
    }

    private void recordBaseline(int i, @Nullable Object entry) {
        Object[] b = relationshipBaseline;
        if (b == null) {
            if (entry == null && flag(BASELINE_TAKEN)) {
                return; // what the missing array already stands for
            }
            b = new Object[relationships().size()];
            if (!flag(BASELINE_TAKEN)) {
                Arrays.fill(b, NOTHING);
            }
            relationshipBaseline = b;
        }
        b[i] = entry;
    }

    /** A reference's baseline entry: its plain object's state when attached here (held weakly), else the object. */
    private Object referenceBaseline(Object value, @Nullable InstanceState related) {
        if (related != null && !related.holdsObjectStrongly()) {
            return related;
        }
        holdsRelated();
        return value;
    }

    /** A collection's baseline entry: the members' states when all are plain objects attached here, else a copy. */
    private Object membersBaseline(Collection<?> members) {
        InstanceState[] states = new InstanceState[members.size()];
        int n = 0;
        for (Object m : members) {
            InstanceState s = attachedStateOf(m);
            if (s == null || s.holdsObjectStrongly()) {
                holdsRelated();
                return Collections.unmodifiableList(new ArrayList<>(members));
            }
            states[n++] = s;
        }
        return new RelatedStates(states);
    }

    /** The state of {@code related} when it is attached to this state's (open) session, else null. */
    private @Nullable InstanceState attachedStateOf(Object related) {
        SessionImpl s = session;
        return s == null ? null : s.objects.stateOf(related);
    }

    /** True for the state of an object that carries it ({@link Base}, {@link StateCarrier}): it holds its object strongly. */
    private boolean holdsObjectStrongly() {
        return !(ref instanceof StateRegistry.Entry);
    }

    int relationshipIndex(RelationshipAttribute r) {
        List<RelationshipAttribute> relationships = relationships();
        int i = relationships.indexOf(r);
        if (i < 0) {
            for (int k = 0; k < relationships.size(); k++) {
                if (relationships.get(k).name().equals(r.name())) {
                    return k;
                }
            }
        }
        return i;
    }

    /** True when relationship {@code name} holds what the database holds. */
    boolean isLoaded(String name) {
        int i = indexOfRelationship(name);
        return i < 0 || isLoaded(i);
    }

    /** Marks relationship {@code name} as filled from the database (a loader calls this after filling it). */
    void markLoaded(String name) {
        int i = indexOfRelationship(name);
        if (i >= 0) {
            markLoaded(i);
        }
    }

    /** True when relationship {@code i} (in {@link #relationships()} order) holds what the database holds. */
    boolean isLoaded(int i) {
        if (i < 64) {
            return (unloaded & (1L << i)) == 0;
        }
        long[] more = unloadedBeyond64;
        return more == null || (more[(i - 64) >>> 6] & (1L << i)) == 0;
    }

    /** Marks relationship {@code i} (in {@link #relationships()} order) as filled from the database. */
    void markLoaded(int i) {
        if (i < 64) {
            unloaded &= ~(1L << i);
        } else if (unloadedBeyond64 != null) {
            unloadedBeyond64[(i - 64) >>> 6] &= ~(1L << i);
        }
    }

    private void markUnloaded(int i) {
        if (i < 64) {
            unloaded |= 1L << i;
        } else {
            if (unloadedBeyond64 == null) {
                unloadedBeyond64 = new long[(relationships().size() - 64 + 63) >>> 6];
            }
            unloadedBeyond64[(i - 64) >>> 6] |= 1L << i; // a long shift takes the low six bits of i
        }
    }

    /** Marks relationship {@code name} as not loaded (an object read from a row, an expired one). */
    void markUnloaded(String name) {
        int i = indexOfRelationship(name);
        if (i >= 0) {
            markUnloaded(i);
        }
    }

    void markAllUnloaded() {
        int n = relationships().size();
        unloaded = n >= 64 ? -1L : (1L << n) - 1;
        if (n > 64) {
            unloadedBeyond64 = new long[(n - 64 + 63) >>> 6];
            Arrays.fill(unloadedBeyond64, -1L); // bits past the last relationship are never asked
        }
    }

    private int indexOfRelationship(String name) {
        List<RelationshipAttribute> relationships = relationships();
        for (int i = 0; i < relationships.size(); i++) {
            if (relationships.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Nullable LoadContext origin() {
        return origin;
    }

    void origin(@Nullable LoadContext context) {
        this.origin = context;
    }

    @Nullable LoadPlan plan() {
        return plan;
    }

    void plan(@Nullable LoadPlan p) {
        this.plan = p;
    }

    /** Forgets what an earlier INSERT filled in: a new INSERT of the object starts. */
    void clearWrittenAtInsert() {
        this.writtenAtInsert = List.of();
    }

    /** Records that the INSERT under way filled in {@code a}. */
    void writtenAtInsert(ColumnAttribute a) {
        if (writtenAtInsert.isEmpty()) {
            writtenAtInsert = List.of(a); // usually the generated key alone
        } else {
            List<ColumnAttribute> more = new ArrayList<>(writtenAtInsert);
            more.add(a);
            writtenAtInsert = more;
        }
    }

    /** Clears what the session filled in at an INSERT that was rolled back. */
    void undoInsert() {
        Object entity = object();
        if (entity != null) {
            for (ColumnAttribute a : writtenAtInsert) {
                a.set(entity, null);
            }
        }
        writtenAtInsert = List.of();
        committed = null;
        key = null;
        flag(EXPIRED | DISCARD_CHANGES_ON_RELOAD, false);
        relationshipBaseline = null;
        flag(BASELINE_TAKEN | HOLDS_RELATED, false); // no baseline again
        unloaded = 0;
        unloadedBeyond64 = null;
    }

    static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.deepEquals(a, b);
    }

    /** Arrays are copied into the baseline so an in-place change still shows as a change. */
    private static @Nullable Object copyOf(@Nullable Object value) {
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }
}
