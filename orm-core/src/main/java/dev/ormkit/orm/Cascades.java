package dev.ormkit.orm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.mapping.CascadeType;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The walks a session makes along relationship cascades: save-update (add), delete, expunge
 * and merge. Each is a loop over a work list, never a recursion, so an object graph of any
 * depth (a chain of ten thousand) is walked in constant stack, and an operation either
 * completes or fails before changing anything it cannot finish.
 */
final class Cascades {
    private Cascades() {
    }

    // --- save-update ------------------------------------------------------------------------

    /**
     * Adds whatever {@code start} reaches through save-update cascades, transitively. With
     * {@code undelete} (an explicit {@code add()}), objects marked for deletion that the walk
     * reaches are un-marked, as SQLAlchemy's {@code add()} does.
     */
    static void saveUpdate(SessionImpl session, InstanceState start, boolean undelete) {
        if (reachesAnything(start)) {
            saveUpdate(session, start, Collections.newSetFromMap(new IdentityHashMap<>()), undelete);
        }
    }

    /** Cascades save-update from every pending and persistent object (run at flush). */
    static void saveUpdateAll(SessionImpl session) {
        // the starts first (usually few), since the walks attach objects to the session
        List<InstanceState> starts = new ArrayList<>();
        for (InstanceState s : session.objects.states()) {
            if ((s.isPending() || s.isPersistent()) && !s.isMarkedForDeletion() && reachesAnything(s)) {
                starts.add(s);
            }
        }
        Set<InstanceState> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (InstanceState s : starts) {
            saveUpdate(session, s, seen, false);
        }
    }

    /**
     * False when every save-update relationship of the object is empty: then a cascade from it
     * has nothing to walk, and the common case (an object without related objects) allocates nothing.
     */
    private static boolean reachesAnything(InstanceState s) {
        Object entity = s.entity();
        for (RelationshipAttribute r : s.relationships()) {
            if (r.cascades(CascadeType.SAVE_UPDATE) && !RelationshipLoader.holdsNothing(r, entity)) {
                return true;
            }
        }
        return false;
    }

    /** As above; {@code seen} is shared across starts so a graph is walked once, not once per object. */
    private static void saveUpdate(SessionImpl session, InstanceState start, Set<InstanceState> seen, boolean undelete) {
        if (!seen.add(start)) {
            return;
        }
        List<InstanceState> work = new ArrayList<>();
        work.add(start);
        while (!work.isEmpty()) {
            InstanceState s = work.remove(work.size() - 1);
            Object entity = s.entity();
            for (RelationshipAttribute r : s.relationships()) {
                if (!r.cascades(CascadeType.SAVE_UPDATE)) {
                    continue;
                }
                for (Object related : RelationshipLoader.members(r, entity)) {
                    if (related == null) {
                        continue;
                    }
                    InstanceState rs = session.objects.stateOf(related);
                    if (rs == null) {
                        rs = session.objects.attach(related);
                    } else if (undelete && rs.isMarkedForDeletion()) {
                        session.objects.unmarkDeleted(rs);
                    }
                    if (seen.add(rs) && !rs.isDeleted()) {
                        work.add(rs);
                    }
                }
            }
        }
    }

    // --- delete -------------------------------------------------------------------------------

    /** Marks {@code start} and what it reaches through delete cascades for deletion (loading collections to find them). */
    static void delete(SessionImpl session, InstanceState start) {
        ArrayDeque<InstanceState> work = new ArrayDeque<>();
        work.push(start);
        while (!work.isEmpty()) {
            InstanceState state = work.pop();
            if (state.isMarkedForDeletion() || state.isDeleted()) {
                continue;
            }
            if (state.isPending()) {
                session.objects.expungeOne(state);
                continue;
            }
            session.objects.markOne(state);
            Object entity = state.entity();
            for (RelationshipAttribute r : state.relationships()) {
                if (!r.cascades(CascadeType.DELETE)) {
                    continue;
                }
                if (r.direction() != Direction.MANY_TO_ONE && r.direction() != Direction.MANY_TO_MANY) {
                    RelationshipLoader.load(session, state, r);
                }
                for (Object child : RelationshipLoader.members(r, entity)) {
                    InstanceState cs = session.objects.stateOf(child);
                    if (cs != null) {
                        work.push(cs);
                    }
                }
            }
        }
    }

    // --- expunge ------------------------------------------------------------------------------

    /** Expunges {@code start} and what it reaches through expunge cascades. */
    static void expunge(SessionImpl session, InstanceState start) {
        ArrayDeque<InstanceState> work = new ArrayDeque<>();
        work.push(start);
        while (!work.isEmpty()) {
            InstanceState state = work.pop();
            Object entity = state.object();
            if (entity == null || !session.objects.expungeOne(state)) {
                continue; // already out of the session: its cascade was walked
            }
            for (RelationshipAttribute r : state.relationships()) {
                if (r.cascades(CascadeType.EXPUNGE)) {
                    for (Object child : RelationshipLoader.members(r, entity)) {
                        InstanceState cs = session.objects.stateOf(child);
                        if (cs != null) {
                            work.push(cs);
                        }
                    }
                }
            }
        }
    }

    // --- merge --------------------------------------------------------------------------------

    /**
     * Merges {@code root} and what it reaches through merge cascades: first every object of the
     * graph gets its managed copy (found in the session, loaded, or new) and its columns, then
     * the relationships of the copies are pointed at copies, then new copies are added. Two
     * passes over a work list instead of a recursion per relationship.
     */
    @SuppressWarnings("unchecked")
    static <T> T merge(SessionImpl session, T root) {
        session.autoflush(); // once: as in SQLAlchemy, the walk's look-ups then run without autoflush
        List<Object> graph = graph(session, root);
        MergeLoads.rows(session, graph);
        IdentityHashMap<Object, Object> merged = new IdentityHashMap<>();
        List<Object> sources = new ArrayList<>();
        List<Object> created = new ArrayList<>();
        for (Object entity : graph) {
            Object managed = managedCopy(session, entity, created);
            merged.put(entity, managed);
            if (managed != entity && !isUnloadedProxy(entity)) {
                sources.add(entity);
            }
        }
        MergeLoads.collections(session, sources, merged);
        for (Object entity : sources) {
            copyRelationships(entity, merged.get(entity), merged);
        }
        for (Object managed : created) {
            session.add(managed);
        }
        return (T) merged.get(root);
    }

    /**
     * The objects {@code root} reaches through merge cascades (itself first, each once), walking
     * only what is loaded: objects of this session and unloaded proxies end their branch.
     */
    private static List<Object> graph(SessionImpl session, Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> out = new ArrayList<>();
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object entity = work.pop();
            if (!seen.add(entity)) {
                continue;
            }
            out.add(entity);
            if (session.objects.stateOf(entity) != null || isUnloadedProxy(entity)) {
                continue;
            }
            InstanceState source = StateRegistry.get(entity);
            for (RelationshipAttribute r : EntityMapping.of(entity.getClass()).relationships()) {
                if (!r.cascades(CascadeType.MERGE) || (source != null && !source.isLoaded(r.name()))) {
                    continue;
                }
                Object value = r.get(entity);
                if (value instanceof Collection<?> c) {
                    for (Object m : c) {
                        if (m != null && !seen.contains(m)) {
                            work.push(m);
                        }
                    }
                } else if (value != null && !seen.contains(value)) {
                    work.push(value);
                }
            }
        }
        return out;
    }

    static boolean isUnloadedProxy(Object entity) {
        ProxyHandler h = ProxyFactory.handlerOf(entity);
        return h != null && !h.isLoaded();
    }

    /** The session's object for {@code entity}'s row, with {@code entity}'s column values; a new one when there is no row. */
    private static Object managedCopy(SessionImpl session, Object entity, List<Object> created) {
        if (session.objects.stateOf(entity) != null) {
            return entity;
        }
        EntityMapping<?> mapping = EntityMapping.of(entity.getClass());
        EntityKey key = mapping.identityKey(entity);
        if (key != null && isUnloadedProxy(entity)) {
            // a proxy never loaded carries only its key: merging it means "this row", not its empty fields
            Object row = session.find(mapping, key, false);
            if (row == null) {
                throw new InvalidRequestException("Cannot merge " + key + ": it was never loaded and its row no longer exists");
            }
            return row;
        }
        Object managed = key == null ? null : session.find(mapping, key, false);
        if (managed == null) {
            managed = mapping.newInstance();
            created.add(managed);
        } else {
            ColumnAttribute version = mapping.version();
            if (version != null) {
                Object mine = version.get(entity);
                Object theirs = version.get(managed);
                if (mine != null && !InstanceState.same(mine, theirs)) {
                    throw new StaleDataException("Cannot merge " + key + ": it has version " + mine
                            + " but the row has version " + theirs + "; it was changed since this copy was loaded");
                }
            }
        }
        for (ColumnAttribute a : mapping.columnAttributes()) {
            a.set(managed, a.get(entity));
        }
        return managed;
    }

    @SuppressWarnings("unchecked")
    private static void copyRelationships(Object entity, @Nullable Object managed, IdentityHashMap<Object, Object> merged) {
        if (managed == null || managed == entity) {
            return;
        }
        InstanceState source = StateRegistry.get(entity);
        for (RelationshipAttribute r : EntityMapping.of(entity.getClass()).relationships()) {
            if (!r.cascades(CascadeType.MERGE) || (source != null && !source.isLoaded(r.name()))) {
                continue;
            }
            Object value = r.get(entity);
            if (value == null) {
                if (!r.isCollection()) {
                    r.set(managed, null);
                }
            } else if (r.isCollection()) {
                List<Object> members = new ArrayList<>();
                for (Object m : (Collection<?>) value) {
                    members.add(merged.get(m));
                }
                Collection<Object> target = (Collection<Object>) r.get(managed);
                if (target == null) {
                    target = r.newCollection();
                    r.set(managed, target);
                }
                target.clear();
                target.addAll(members);
            } else {
                r.set(managed, merged.get(value));
            }
        }
    }
}
