package dev.ormkit.orm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import dev.ormkit.mapping.CascadeType;
import dev.ormkit.mapping.RelationshipAttribute;

/**
 * For a stream that expunges each batch ({@link Query#expungeEachBatch()}): when the stream
 * moves past a batch, the objects it brought into the session leave it again, so that a
 * stream of millions of rows keeps a session of one batch.
 *
 * <p>ormkit's identity map holds its objects strongly, where SQLAlchemy's holds them weakly (an
 * unchanged object nothing else references simply disappears from it). Expunging is the
 * explicit form of that, with the same rule for changes: an object with changes not yet
 * flushed (a column, or a relationship's members) stays in the session, so its changes reach
 * the database at the next flush; it is looked at again at later batch boundaries and leaves
 * once it is clean. Objects that were in the session before the stream began stay, whatever
 * the stream did with them.
 *
 * <p>What a batch brought in is its objects and everything reachable from them through loaded
 * relationships (eager loads, and lazy loads the caller made while handling the batch) that
 * the session did not hold before. An object whose expunge cascade would reach something that
 * must stay is kept as well, so that the cascade never takes a changed or older object along.
 */
final class BatchRelease {
    private final SessionImpl session;
    /** The session's objects when the stream began: never expunged by it. */
    private final Set<InstanceState> before;
    /** Objects a finished batch brought in that had changes: looked at again at each boundary. */
    private List<InstanceState> held = new ArrayList<>();

    BatchRelease(SessionImpl session) {
        this.session = session;
        this.before = identitySet();
        this.before.addAll(session.objects.states());
    }

    /** Expunges what {@code batch} (the objects a finished batch loaded) brought into the session and is clean. */
    void release(List<InstanceState> batch) {
        if (!session.isOpen()) {
            return; // closing the session detached everything already
        }
        List<InstanceState> candidates = broughtIn(batch);
        candidates.addAll(held);
        Set<InstanceState> releasable = identitySet();
        List<InstanceState> keep = new ArrayList<>();
        for (InstanceState s : candidates) {
            if (s.session() != session || !s.isPersistent() || s.object() == null) {
                continue; // already gone: deleted, expunged, collected
            }
            if (hasChanges(s)) {
                keep.add(s);
            } else {
                releasable.add(s);
            }
        }
        excludeThoseCascadingToKept(releasable, keep);
        for (InstanceState s : releasable) {
            Object entity = s.object();
            if (entity != null && s.session() == session) {
                session.expunge(entity);
            }
        }
        held = keep;
    }

    /** {@code batch} and what is reachable from it through loaded relationships, that the session did not hold before. */
    private List<InstanceState> broughtIn(List<InstanceState> batch) {
        Set<InstanceState> seen = identitySet();
        Deque<InstanceState> todo = new ArrayDeque<>(batch);
        List<InstanceState> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            InstanceState s = todo.pop();
            if (!seen.add(s) || before.contains(s)) {
                continue;
            }
            out.add(s);
            Object entity = s.object();
            if (entity == null) {
                continue;
            }
            List<RelationshipAttribute> relationships = s.relationships();
            for (int i = 0; i < relationships.size(); i++) {
                if (!s.isLoaded(i)) {
                    continue;
                }
                for (Object member : RelationshipLoader.members(relationships.get(i), entity)) {
                    InstanceState ms = session.objects.stateOf(member);
                    if (ms != null) {
                        todo.push(ms);
                    }
                }
            }
        }
        return out;
    }

    /** Changes a flush would write: a column, or a loaded relationship holding other objects than at load. */
    private static boolean hasChanges(InstanceState s) {
        if (s.isMarkedForDeletion() || !s.changedColumns().isEmpty()) {
            return true;
        }
        Object entity = s.entity();
        List<RelationshipAttribute> relationships = s.relationships();
        for (int i = 0; i < relationships.size(); i++) {
            if (!s.isLoaded(i) || s.hasNoBaseline(i)) {
                continue;
            }
            RelationshipAttribute r = relationships.get(i);
            if (r.isCollection()) {
                if (!sameMembers(RelationshipLoader.members(r, entity), s.baselineMembers(i))) {
                    return true;
                }
            } else if (r.get(entity) != s.baselineReference(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameMembers(List<?> now, List<?> baseline) {
        if (now.size() != baseline.size()) {
            return false;
        }
        Set<Object> was = Collections.newSetFromMap(new IdentityHashMap<>());
        was.addAll(baseline);
        for (Object o : now) {
            if (!was.contains(o)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Session.expunge() follows the expunge cascade: an object whose cascade reaches one that is
     * not releasable (changed, older than the stream, pending) stays, and so, in turn, do those
     * whose cascade reaches it.
     */
    private void excludeThoseCascadingToKept(Set<InstanceState> releasable, List<InstanceState> keep) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (InstanceState s : new ArrayList<>(releasable)) {
                if (!cascadeStaysWithin(s, releasable)) {
                    releasable.remove(s);
                    keep.add(s);
                    changed = true;
                }
            }
        }
    }

    private boolean cascadeStaysWithin(InstanceState start, Set<InstanceState> releasable) {
        Set<InstanceState> seen = identitySet();
        Deque<InstanceState> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            InstanceState s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            Object entity = s.object();
            if (entity == null) {
                continue;
            }
            for (RelationshipAttribute r : s.relationships()) {
                if (!r.cascades(CascadeType.EXPUNGE)) {
                    continue;
                }
                for (Object member : RelationshipLoader.members(r, entity)) {
                    InstanceState ms = session.objects.stateOf(member);
                    if (ms == null) {
                        continue;
                    }
                    if (!releasable.contains(ms)) {
                        return false;
                    }
                    todo.push(ms);
                }
            }
        }
        return true;
    }

    private static Set<InstanceState> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
