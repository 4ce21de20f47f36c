package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.engine.Connection;
import dev.ormkit.event.Events;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * One flush: finds what to write, orders it, writes it, and only then moves the objects to
 * their new states (so a flush that fails half-way leaves them as they were).
 *
 * <p>Order: INSERTs first, parents before children, found by a topological sort over the
 * rows (not the tables), so self-referencing rows and rows of mutually referencing tables
 * work; ready rows of one class go together in one multi-row INSERT. Rows that depend on
 * each other in a cycle are inserted with the cyclic key NULL and UPDATEd after. Then
 * UPDATEs of changed columns, then association rows (deleted, then inserted), then DELETEs,
 * children before parents (by their foreign key values). The rows of one UPDATE or DELETE
 * batch go in primary key order ({@link PrimaryKeyOrder}).
 */
final class UnitOfWork {
    private final SessionImpl session;
    private final RowWriter writer;
    private final List<InstanceState> inserted = new ArrayList<>();
    /** The UPDATEs written, by shape: each object with the columns its UPDATE set. */
    private final List<UpdateGroup> updated = new ArrayList<>();
    private final List<InstanceState> deletedNow = new ArrayList<>();

    UnitOfWork(SessionImpl session, Connection connection) {
        this.session = session;
        this.writer = new RowWriter(connection, session.factory());
    }

    /**
     * Writes the session's changes. Listeners hear of the flush's start and of its end, with
     * the rows written, its duration and what failed.
     */
    void run() {
        Events events = session.factory().engine().events();
        if (!events.hasOrmListeners()) {
            write();
            return;
        }
        FlushRun flush = new FlushRun(session.factory().engine().name());
        events.fireFlushStart(flush);
        long started = System.nanoTime();
        Throwable failure = null;
        try {
            write();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            flush.ended(writer.insertedRows(), writer.updatedRows(), writer.deletedRows(), System.nanoTime() - started,
                    failure);
            events.fireFlushEnd(flush);
        }
    }

    private void write() {
        Cascades.saveUpdateAll(session);
        RelationshipSync sync = new RelationshipSync(session);
        List<InstanceState> live = live();
        sync.backPopulate(live);
        if (sync.backPopulated()) {
            Cascades.saveUpdateAll(session); // back-population can reach objects not added yet
        }
        for (InstanceState orphan : sync.orphans()) {
            Cascades.delete(session, orphan);
        }
        List<InstanceState> deletions = session.objects.deletionStates();
        sync.detachChildrenOf(deletions);
        if (sync.backPopulated() || !deletions.isEmpty()) {
            live = live(); // objects were added, deleted, or loaded as children of deleted ones
        }
        sync.link(live);
        announce(live);
        try {
            insertAll(session.objects.pendingStates(), sync);
            updateAll(live, sync);
            writeAssociations(sync.associationChanges(), deletions);
            deleteAll(deletions);
        } catch (RuntimeException e) {
            for (InstanceState s : inserted) {
                s.undoInsert();
            }
            throw e;
        }
        finish(live, sync);
    }

    /**
     * Tells the mapper listeners which objects are about to be inserted and which updated
     * (those with changed columns), before any row is written: what they change is written too.
     */
    private void announce(List<InstanceState> live) {
        Events events = session.factory().engine().events();
        if (!events.hasMapperListeners()) {
            return;
        }
        for (InstanceState s : live) {
            Object entity = s.object();
            if (entity == null) {
                continue;
            }
            if (s.isPending()) {
                events.fireBeforeInsert(entity);
            } else if (s.isPersistent() && !s.changedColumns().isEmpty()) {
                events.fireBeforeUpdate(entity);
            }
        }
    }

    /** Pending objects in add order first (the INSERT order where keys allow), then the persistent ones. */
    private List<InstanceState> live() {
        List<InstanceState> ordered = session.objects.pendingStates();
        for (InstanceState s : session.objects.states()) {
            if (s.isPersistent() && !s.isMarkedForDeletion()) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    // --- INSERT -------------------------------------------------------------------------------

    private void insertAll(List<InstanceState> pending, RelationshipSync sync) {
        // only rows waiting for a parent being inserted in this flush get an entry
        Map<InstanceState, Set<InstanceState>> waitsFor = new HashMap<>();
        Map<InstanceState, List<InstanceState>> dependents = new HashMap<>();
        Set<InstanceState> blocked = new LinkedHashSet<>(); // in add order: a cycle is broken at its first row
        List<InstanceState> ready = new ArrayList<>();
        for (InstanceState s : pending) {
            Set<InstanceState> parents = null;
            for (RelationshipSync.Link link : sync.linksOf(s)) {
                InstanceState ps = session.objects.stateOf(link.parent());
                if (ps != null && ps.isPending()) { // a row referring to itself lands here too: a cycle of one
                    if (parents == null) {
                        parents = new LinkedHashSet<>();
                    }
                    parents.add(ps);
                }
            }
            if (parents == null) {
                ready.add(s);
                continue;
            }
            waitsFor.put(s, parents);
            blocked.add(s);
            for (InstanceState p : parents) {
                dependents.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
            }
        }
        while (!ready.isEmpty() || !blocked.isEmpty()) {
            if (ready.isEmpty()) {
                // a cycle: insert its first row with the cyclic keys NULL; they are UPDATEd after
                InstanceState breaker = blocked.iterator().next();
                blocked.remove(breaker);
                waitsFor.get(breaker).clear();
                ready.add(breaker);
            }
            EntityMapping<?> mapping = ready.get(0).mapping();
            List<InstanceState> batch = new ArrayList<>();
            List<InstanceState> others = new ArrayList<>();
            for (InstanceState s : ready) {
                (s.mapping() == mapping ? batch : others).add(s);
            }
            ready = others;
            for (InstanceState s : batch) {
                applyLinks(s, sync);
            }
            writer.insert(mapping, batch);
            for (InstanceState s : batch) {
                s.snapshotColumns();
                inserted.add(s);
                for (InstanceState child : dependents.isEmpty() ? List.<InstanceState>of() : dependents.getOrDefault(s, List.of())) {
                    Set<InstanceState> w = waitsFor.get(child);
                    if (w.remove(s) && w.isEmpty() && blocked.remove(child)) {
                        ready.add(child);
                    }
                }
            }
        }
    }

    /**
     * Copies parents' key values into the object's foreign key columns. A parent without a key
     * yet (later in a cycle) leaves the columns NULL; the UPDATE pass fills them.
     */
    private void applyLinks(InstanceState s, RelationshipSync sync) {
        Object entity = s.entity();
        for (RelationshipSync.Link link : sync.linksOf(s)) {
            Object parent = link.parent();
            for (int i = 0; i < link.childColumns().size(); i++) {
                Object value = parent == null ? null : link.parentColumns().get(i).get(parent);
                ColumnAttribute col = link.childColumns().get(i);
                if (parent == null && col.isPrimaryKey()) {
                    continue; // a key column is never nulled; removing a member does not rename its row
                }
                col.set(entity, value);
            }
        }
    }

    // --- UPDATE -------------------------------------------------------------------------------

    /**
     * UPDATEs the changed objects. Objects of one mapping changing the same columns go in one
     * JDBC batch (versioned ones one by one: each needs its own row count checked). Rows giving
     * up a foreign key go first, so a one-to-one moved from one row to another frees its
     * (unique) key before the other row takes it.
     */
    private void updateAll(List<InstanceState> live, RelationshipSync sync) {
        UpdateGroups releasing = new UpdateGroups();
        UpdateGroups others = new UpdateGroups();
        for (InstanceState s : live) {
            // a row just inserted changes only when a key it refers to came later (a cycle): it has links
            if (s.isPending() ? sync.linksOf(s).isEmpty() : !s.isPersistent()) {
                continue;
            }
            applyLinks(s, sync);
            List<Integer> changed = s.changedColumns();
            if (changed.isEmpty()) {
                continue;
            }
            if (s.isPersistent() && s.isExpired() && s.discardsChangesOnReload()) {
                continue; // expire() discarded the changes: the reload brings the row's values back
            }
            (releasesForeignKey(s, changed) ? releasing : others).add(s, changed);
        }
        for (UpdateGroups groups : List.of(releasing, others)) {
            for (UpdateGroup group : groups.ordered) {
                PrimaryKeyOrder.sort(group.states);
                writer.updateBatch(group.states, group.changed);
                updated.add(group);
            }
        }
    }

    /** Objects whose UPDATE sets the same columns of one mapping (a versioned object: alone). */
    private static final class UpdateGroup {
        final List<Integer> changed;
        final List<InstanceState> states = new ArrayList<>();
        final @Nullable EntityMapping<?> mapping;

        UpdateGroup(List<Integer> changed, @Nullable EntityMapping<?> mapping) {
            this.changed = changed;
            this.mapping = mapping;
        }
    }

    /**
     * UPDATE groups in the order their first object came. Objects of one flush mostly come in runs
     * of one shape (a loop that set the same field on each), so an object joins the group of the
     * one before it without a key built or hashed.
     */
    private static final class UpdateGroups {
        final List<UpdateGroup> ordered = new ArrayList<>();
        private final Map<List<Object>, UpdateGroup> byShape = new HashMap<>();
        private @Nullable UpdateGroup last;

        void add(InstanceState s, List<Integer> changed) {
            EntityMapping<?> mapping = s.mapping();
            if (mapping.version() != null) {
                UpdateGroup alone = new UpdateGroup(changed, null);
                alone.states.add(s);
                ordered.add(alone);
                return;
            }
            UpdateGroup g = last;
            if (g == null || g.mapping != mapping || !g.changed.equals(changed)) {
                g = byShape.get(List.of(mapping, changed));
                if (g == null) {
                    g = new UpdateGroup(changed, mapping);
                    byShape.put(List.of(mapping, changed), g);
                    ordered.add(g);
                }
                last = g;
            }
            g.states.add(s);
        }
    }

    /** True when a group's UPDATE sets a primary key column: its objects' identity keys may change. */
    private static boolean changesKey(UpdateGroup group) {
        List<ColumnAttribute> attrs = group.states.get(0).attributes();
        for (int i : group.changed) {
            if (attrs.get(i).isPrimaryKey()) {
                return true;
            }
        }
        return false;
    }

    private static boolean releasesForeignKey(InstanceState s, List<Integer> changed) {
        Object entity = s.entity();
        for (int i : changed) {
            ColumnAttribute a = s.attributes().get(i);
            if (a.column().foreignKeySpec() != null && a.get(entity) == null) {
                return true;
            }
        }
        return false;
    }

    // --- association rows ---------------------------------------------------------------------

    private void writeAssociations(List<RelationshipSync.AssociationChange> changes, List<InstanceState> deletions) {
        Map<Table, Map<List<Object>, Map<String, Object>>> adds = new LinkedHashMap<>();
        Map<Table, Map<List<Object>, Map<String, Object>>> removes = new LinkedHashMap<>();
        for (RelationshipSync.AssociationChange c : changes) {
            InstanceState os = session.objects.stateOf(c.owner());
            InstanceState ts = session.objects.stateOf(c.target());
            if (c.added() && (os == null || ts == null || os.isMarkedForDeletion() || ts.isMarkedForDeletion())) {
                continue;
            }
            RelationshipAttribute r = c.relationship();
            Table secondary = r.secondary();
            if (secondary == null) {
                continue;
            }
            Map<String, Object> row = new java.util.TreeMap<>();
            EntityMapping<?> ownerMapping = EntityMapping.of(c.owner().getClass());
            for (ColumnPair p : r.pairs()) {
                ColumnAttribute a = ownerMapping.attributeFor(p.local());
                row.put(p.remote().name(), a == null ? null : a.get(c.owner()));
            }
            for (ColumnPair p : r.secondaryPairs()) {
                ColumnAttribute a = r.target().attributeFor(p.remote());
                row.put(p.local().name(), a == null ? null : a.get(c.target()));
            }
            Map<String, Object> ordered = new LinkedHashMap<>(row);
            (c.added() ? adds : removes).computeIfAbsent(secondary, k -> new LinkedHashMap<>())
                    .put(new ArrayList<>(row.values()), ordered);
        }
        for (Map.Entry<Table, Map<List<Object>, Map<String, Object>>> e : removes.entrySet()) {
            writer.deleteAssociationRows(e.getKey(), new ArrayList<>(e.getValue().values()));
        }
        // rows of objects being deleted go, whatever their collections say
        Map<String, List<Map<String, Object>>> byShape = new LinkedHashMap<>();
        Map<String, Table> tables = new HashMap<>();
        for (InstanceState d : deletions) {
            Object entity = d.entity();
            for (RelationshipAttribute r : d.relationships()) {
                Table secondary = r.secondary();
                if (secondary == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (ColumnPair p : r.pairs()) {
                    ColumnAttribute a = d.mapping().attributeFor(p.local());
                    row.put(p.remote().name(), a == null ? null : a.get(entity));
                }
                String shape = secondary.name() + row.keySet();
                tables.put(shape, secondary);
                if (!byShape.computeIfAbsent(shape, k -> new ArrayList<>()).contains(row)) {
                    byShape.get(shape).add(row);
                }
            }
        }
        for (Map.Entry<String, List<Map<String, Object>>> e : byShape.entrySet()) {
            writer.deleteAssociationRows(tables.get(e.getKey()), e.getValue());
        }
        for (Map.Entry<Table, Map<List<Object>, Map<String, Object>>> e : adds.entrySet()) {
            writer.insertAssociationRows(e.getKey(), new ArrayList<>(e.getValue().values()));
        }
    }

    // --- DELETE -------------------------------------------------------------------------------

    private void deleteAll(List<InstanceState> deletions) {
        if (deletions.isEmpty()) {
            return;
        }
        // who refers to whom among the rows being deleted, by foreign key values
        Map<String, InstanceState> byRowKey = new HashMap<>();
        for (InstanceState d : deletions) {
            for (Table t : d.mapping().tables()) {
                byRowKey.put(rowKey(t.name(), primaryKeyValues(d, t)), d);
            }
        }
        Map<InstanceState, Set<InstanceState>> referredBy = new HashMap<>();
        Map<InstanceState, List<InstanceState>> refersTo = new HashMap<>();
        for (InstanceState d : deletions) {
            referredBy.computeIfAbsent(d, k -> new LinkedHashSet<>());
        }
        for (InstanceState d : deletions) {
            for (Table t : d.mapping().tables()) {
                for (ForeignKeyConstraint fk : t.foreignKeys()) {
                    List<Object> values = new ArrayList<>();
                    for (String col : fk.columns()) {
                        values.add(committed(d, t, col));
                    }
                    InstanceState parent = byRowKey.get(rowKey(fk.referredTable(), values));
                    if (parent != null && parent != d) {
                        referredBy.get(parent).add(d);
                        refersTo.computeIfAbsent(d, k -> new ArrayList<>()).add(parent);
                    }
                }
            }
        }
        List<InstanceState> ready = new ArrayList<>();
        Set<InstanceState> remaining = new LinkedHashSet<>(deletions);
        for (InstanceState d : deletions) {
            if (referredBy.get(d).isEmpty()) {
                ready.add(d);
            }
        }
        while (!remaining.isEmpty()) {
            if (ready.isEmpty()) {
                InstanceState breaker = remaining.iterator().next(); // a cycle: the database decides
                referredBy.get(breaker).clear();
                ready.add(breaker);
            }
            EntityMapping<?> mapping = ready.get(0).mapping();
            List<InstanceState> batch = new ArrayList<>();
            for (InstanceState s : ready) {
                if (s.mapping() == mapping) {
                    batch.add(s);
                }
            }
            ready.removeAll(new java.util.HashSet<>(batch));
            PrimaryKeyOrder.sort(batch); // every row of the batch is ready: their order is free
            writer.delete(mapping, batch);
            for (InstanceState s : batch) {
                remaining.remove(s);
                deletedNow.add(s);
                for (InstanceState parent : refersTo.getOrDefault(s, List.of())) {
                    Set<InstanceState> r = referredBy.get(parent);
                    if (r.remove(s) && r.isEmpty() && remaining.contains(parent) && !ready.contains(parent)) {
                        ready.add(parent);
                    }
                }
            }
        }
    }

    private static String rowKey(String table, List<Object> values) {
        return table + Arrays.toString(values.toArray());
    }

    private static List<Object> primaryKeyValues(InstanceState s, Table t) {
        List<Object> out = new ArrayList<>();
        for (var c : t.primaryKey()) {
            out.add(committed(s, t, c.name()));
        }
        return out;
    }

    /** The database's value of column {@code name} of table {@code t} for the object's row. */
    private static @Nullable Object committed(InstanceState s, Table t, String name) {
        List<ColumnAttribute> attrs = s.attributes();
        for (int i = 0; i < attrs.size(); i++) {
            ColumnAttribute a = attrs.get(i);
            if (a.column().name().equals(name) && (a.column().table() == t || a.isPrimaryKey())) {
                Object v = s.hasCommittedValues() ? s.committedValue(i) : a.get(s.entity());
                return v instanceof Number n && !(v instanceof java.math.BigDecimal) ? (Object) n.longValue() : v;
            }
        }
        return null;
    }

    // --- after the statements -----------------------------------------------------------------

    private void finish(List<InstanceState> live, RelationshipSync sync) {
        for (InstanceState s : inserted) {
            EntityKey key = s.mapping().identityKey(s.entity());
            if (key == null) {
                throw new dev.ormkit.exc.OrmException("After INSERT, " + s.describe() + " has no primary key value;"
                        + " give it one, or map an autoincrement key");
            }
            session.inserted(s, key);
        }
        for (UpdateGroup group : updated) {
            boolean keyChanged = changesKey(group);
            for (InstanceState s : group.states) {
                session.updated(s);
                if (s.mapping().version() != null) {
                    s.snapshotColumns(); // the UPDATE wrote a new version too
                } else {
                    s.snapshotColumns(group.changed); // the other columns are as the baseline has them
                }
                if (keyChanged) {
                    EntityKey after = s.mapping().identityKey(s.entity());
                    if (after != null && !after.equals(s.identity())) {
                        session.objects.rekey(s, after);
                    }
                }
            }
        }
        for (InstanceState s : deletedNow) {
            session.deleted(s);
        }
        // without back-population every relationship of an object persistent before this flush
        // still holds what its baseline holds: only the objects just inserted need one taken
        for (InstanceState s : sync.backPopulated() ? live : inserted) {
            if (s.isPersistent()) {
                s.snapshotRelationships();
            }
        }
    }
}
