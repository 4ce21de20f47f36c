package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.mapping.CascadeType;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Makes the two sides of every relationship agree before a flush writes anything, and works
 * out what follows from them:
 * <ol>
 * <li>back-population: a reference set on the many-to-one side puts the object in the other
 *     side's collection (and takes it out of the old one); a member added to a one-to-many
 *     collection gets its reference set; many-to-many collections are mirrored;</li>
 * <li>orphans: members removed from a {@code delete-orphan} relationship are deleted;</li>
 * <li>foreign keys: for each object holding a key, which object its key columns must copy
 *     (a {@link Link}); applied when the row is written, once the parent has its key;</li>
 * <li>many-to-many: the association rows to insert and delete, from the collections'
 *     changes since the last flush.</li>
 * </ol>
 * "Changes" are against the baseline the session recorded at the last flush or load; on a
 * conflict, an explicitly changed many-to-one reference wins over a stale collection.
 */
final class RelationshipSync {
    private final SessionImpl session;
    /** Per object holding a foreign key: per relationship that key serves, the link to apply. */
    private final Map<InstanceState, Map<RelationshipAttribute, Link>> links = new HashMap<>();
    private final List<AssociationChange> associationChanges = new ArrayList<>();
    private final Set<InstanceState> orphans = new LinkedHashSet<>();
    /** Set when some relationship differs from its baseline: back-population may have changed objects. */
    private boolean changes;

    RelationshipSync(SessionImpl session) {
        this.session = session;
    }

    /** Foreign key columns of {@code child} to copy from {@code parent}'s columns (null parent: set NULL). */
    record Link(InstanceState child, List<ColumnAttribute> childColumns, List<ColumnAttribute> parentColumns,
                @Nullable Object parent) {
    }

    /** One association row to insert or delete: {@code owner} and {@code target} through {@code relationship}. */
    record AssociationChange(RelationshipAttribute relationship, Object owner, Object target, boolean added) {
    }

    // --- back-population ----------------------------------------------------------------------

    void backPopulate(List<InstanceState> live) {
        for (InstanceState s : live) {
            Object entity = s.entity();
            for (int i = 0; i < s.relationships().size(); i++) {
                RelationshipAttribute r = s.relationships().get(i);
                if (r.direction() != Direction.MANY_TO_ONE) {
                    continue;
                }
                Object now = r.get(entity);
                Object before = s.baselineReference(i);
                if (now == before) {
                    continue;
                }
                changes = true;
                RelationshipAttribute p = r.backPopulates();
                if (p != null) {
                    if (before != null) {
                        removeFromSide(before, p, entity);
                    }
                    if (now != null) {
                        addToSide(now, p, entity);
                    }
                    if (now == null && before != null && p.cascades(CascadeType.DELETE_ORPHAN)) {
                        orphans.add(s);
                    }
                }
            }
        }
        for (InstanceState s : live) {
            Object entity = s.entity();
            for (int i = 0; i < s.relationships().size(); i++) {
                RelationshipAttribute r = s.relationships().get(i);
                Direction d = r.direction();
                if (d == Direction.ONE_TO_MANY || d == Direction.ONE_TO_ONE) {
                    reconcileOneToMany(s, i, r, entity);
                } else if (d == Direction.MANY_TO_MANY) {
                    reconcileManyToMany(s, i, r, entity);
                }
            }
        }
    }

    private void reconcileOneToMany(InstanceState s, int i, RelationshipAttribute r, Object entity) {
        RelationshipAttribute p = r.backPopulates();
        List<Object> current = RelationshipLoader.members(r, entity);
        List<?> baseline = s.hasNoBaseline(i) ? List.of() : RelationshipLoader.asMembers(r, baselineValue(s, i, r));
        List<Object> added = minus(current, baseline);
        List<Object> removed = minus(baseline, current);
        changes |= !added.isEmpty() || !removed.isEmpty();
        for (Object e : added) {
            if (p == null) {
                continue;
            }
            Object ref = p.get(e);
            if (ref == null || ref == entity) {
                p.set(e, entity);
                continue;
            }
            InstanceState es = session.objects.stateOf(e);
            boolean explicit = es == null || es.hasNoBaseline(es.relationshipIndex(p))
                    || es.baselineReference(es.relationshipIndex(p)) != ref;
            if (explicit) {
                removeFromSide(entity, r, e); // the member's own reference says it belongs elsewhere
            } else {
                removeFromSide(ref, r, e);
                p.set(e, entity);
            }
        }
        for (Object e : removed) {
            if (p != null && p.get(e) == entity) {
                p.set(e, null);
            }
            if (r.cascades(CascadeType.DELETE_ORPHAN) && (p == null || p.get(e) == null)) {
                InstanceState es = session.objects.stateOf(e);
                if (es != null) {
                    orphans.add(es);
                }
            }
        }
    }

    private void reconcileManyToMany(InstanceState s, int i, RelationshipAttribute r, Object entity) {
        RelationshipAttribute p = r.backPopulates();
        List<Object> current = RelationshipLoader.members(r, entity);
        List<?> baseline = s.hasNoBaseline(i) ? List.of() : s.baselineMembers(i);
        List<Object> added = minus(current, baseline);
        List<Object> removed = minus(baseline, current);
        changes |= !added.isEmpty() || !removed.isEmpty();
        for (Object e : added) {
            if (p != null) {
                addToSide(e, p, entity);
            }
            associationChanges.add(new AssociationChange(r, entity, e, true));
        }
        for (Object e : removed) {
            if (p != null) {
                removeFromSide(e, p, entity);
            }
            associationChanges.add(new AssociationChange(r, entity, e, false));
        }
    }

    private static @Nullable Object baselineValue(InstanceState s, int i, RelationshipAttribute r) {
        return r.isCollection() ? s.baselineMembers(i) : s.baselineReference(i);
    }

    @SuppressWarnings("unchecked")
    private static void addToSide(Object holder, RelationshipAttribute side, Object member) {
        if (side.isCollection()) {
            if (side.get(holder) instanceof InstrumentedCollection<?> ic && !ic.isLoaded()) {
                ic.rawAdd(member); // no need to load it: the loaded rows will include the member
                return;
            }
            Collection<Object> c = (Collection<Object>) side.get(holder);
            if (c == null) {
                c = side.newCollection();
                side.set(holder, c);
            }
            if (!containsSame(c, member)) {
                c.add(member);
            }
        } else if (side.get(holder) != member) {
            side.set(holder, member);
        }
    }

    private static void removeFromSide(Object holder, RelationshipAttribute side, Object member) {
        if (side.isCollection()) {
            if (side.get(holder) instanceof InstrumentedCollection<?> ic && !ic.isLoaded()) {
                ic.rawRemove(member);
                return;
            }
            Collection<?> c = (Collection<?>) side.get(holder);
            if (c != null) {
                c.removeIf(o -> o == member);
            }
        } else if (side.get(holder) == member) {
            side.set(holder, null);
        }
    }

    private static boolean containsSame(Collection<?> c, Object member) {
        for (Object o : c) {
            if (o == member) {
                return true;
            }
        }
        return false;
    }

    /** Members of {@code a} not in {@code b}, by identity. */
    private static List<Object> minus(List<?> a, List<?> b) {
        if (a.isEmpty()) {
            return List.of();
        }
        Set<Object> exclude = Collections.newSetFromMap(new IdentityHashMap<>());
        exclude.addAll(b);
        List<Object> out = new ArrayList<>();
        for (Object o : a) {
            if (!exclude.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** False when every relationship held what it held at the last flush: back-population changed nothing. */
    boolean backPopulated() {
        return changes;
    }

    Set<InstanceState> orphans() {
        return orphans;
    }

    // --- foreign keys -----------------------------------------------------------------------

    /** Records, for every object holding a foreign key, the object that key must point at. */
    void link(List<InstanceState> live) {
        for (InstanceState s : live) {
            Object entity = s.entity();
            for (int i = 0; i < s.relationships().size(); i++) {
                RelationshipAttribute r = s.relationships().get(i);
                Direction d = r.direction();
                if (d != Direction.ONE_TO_MANY && d != Direction.ONE_TO_ONE) {
                    continue;
                }
                List<Object> current = RelationshipLoader.members(r, entity);
                for (Object child : current) {
                    linkChild(r, child, entity);
                }
                if (!s.hasNoBaseline(i)) {
                    RelationshipAttribute p = r.backPopulates();
                    for (Object gone : minus(RelationshipLoader.asMembers(r, baselineValue(s, i, r)), current)) {
                        if (p == null || p.get(gone) == null) {
                            linkChild(r, gone, null);
                        }
                    }
                }
            }
        }
        for (InstanceState s : live) { // many-to-one references win over collections
            Object entity = s.entity();
            for (int i = 0; i < s.relationships().size(); i++) {
                RelationshipAttribute r = s.relationships().get(i);
                if (r.direction() != Direction.MANY_TO_ONE) {
                    continue;
                }
                Object now = r.get(entity);
                if (now != null || s.baselineReference(i) != null) {
                    List<ColumnAttribute> childCols = new ArrayList<>();
                    List<ColumnAttribute> parentCols = new ArrayList<>();
                    for (ColumnPair pair : r.pairs()) {
                        ColumnAttribute c = s.mapping().attributeFor(pair.local());
                        ColumnAttribute pc = r.target().attributeFor(pair.remote());
                        if (c != null && pc != null) {
                            childCols.add(c);
                            parentCols.add(pc);
                        }
                    }
                    put(new Link(s, childCols, parentCols, now), r);
                }
            }
        }
    }

    /** Children of objects being deleted, not deleted themselves, lose their key (SET NULL). */
    void detachChildrenOf(List<InstanceState> deleted) {
        for (InstanceState d : deleted) {
            Object parent = d.entity();
            for (RelationshipAttribute r : d.relationships()) {
                Direction dir = r.direction();
                if ((dir != Direction.ONE_TO_MANY && dir != Direction.ONE_TO_ONE) || r.cascades(CascadeType.DELETE)) {
                    continue;
                }
                RelationshipLoader.load(session, d, r);
                RelationshipAttribute p = r.backPopulates();
                for (Object child : RelationshipLoader.members(r, parent)) {
                    InstanceState cs = session.objects.stateOf(child);
                    if (cs == null || cs.isMarkedForDeletion() || !cs.isPersistent()) {
                        continue;
                    }
                    if (p != null && p.get(child) == parent) {
                        p.set(child, null);
                    }
                    linkChild(r, child, null);
                }
            }
        }
    }

    private void linkChild(RelationshipAttribute r, Object child, @Nullable Object parent) {
        InstanceState cs = session.objects.stateOf(child);
        if (cs == null) {
            return;
        }
        List<ColumnAttribute> childCols = new ArrayList<>();
        List<ColumnAttribute> parentCols = new ArrayList<>();
        for (ColumnPair pair : r.pairs()) {
            ColumnAttribute c = cs.mapping().attributeFor(pair.remote());
            ColumnAttribute pc = r.target() == null ? null : ownerAttribute(r, pair);
            if (c != null && pc != null) {
                childCols.add(c);
                parentCols.add(pc);
            }
        }
        RelationshipAttribute key = r.backPopulates() != null ? r.backPopulates() : r;
        put(new Link(cs, childCols, parentCols, parent), key);
    }

    private static @Nullable ColumnAttribute ownerAttribute(RelationshipAttribute r, ColumnPair pair) {
        return dev.ormkit.mapping.EntityMapping.of(r.owner()).attributeFor(pair.local());
    }

    private void put(Link link, RelationshipAttribute key) {
        links.computeIfAbsent(link.child(), k -> new LinkedHashMap<>()).put(key, link);
    }

    Collection<Link> linksOf(InstanceState child) {
        if (links.isEmpty()) {
            return List.of(); // no object refers to another: most flushes of plain rows
        }
        Map<RelationshipAttribute, Link> m = links.get(child);
        return m == null ? List.of() : m.values();
    }

    List<AssociationChange> associationChanges() {
        return associationChanges;
    }
}
