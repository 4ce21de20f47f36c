package dev.ormkit.migrate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revisions and how they follow each other. Edges run from a revision to its {@code down}
 * revisions (its parents) and to those it {@code dependsOn}; both must be applied before it.
 * Heads are the revisions no other revision follows. Immutable.
 */
final class RevisionGraph {
    /** Alembic's advice when {@code head} is ambiguous. */
    static final String MULTIPLE_HEADS = "Multiple head revisions are present for given argument 'head'; please "
            + "specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' "
            + "for all heads. (See the heads with 'heads'; join them with 'merge'.)";

    private final Map<String, RevisionInfo> byId;
    private final Map<String, Set<String>> children = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    RevisionGraph(Collection<RevisionInfo> revisions) {
        Map<String, RevisionInfo> map = new LinkedHashMap<>();
        for (RevisionInfo r : revisions) {
            checkId(r);
            RevisionInfo earlier = map.put(r.id(), r);
            if (earlier != null) {
                throw new MigrationException("Two revisions have the id " + r.id() + ": "
                        + earlier.migrationClass().getName() + " and " + r.migrationClass().getName());
            }
        }
        this.byId = map;
        for (RevisionInfo r : map.values()) {
            children.computeIfAbsent(r.id(), k -> new TreeSet<>());
            for (String p : parentsOf(r)) {
                if (!map.containsKey(p)) {
                    throw new MigrationException("Revision " + r.id() + " (" + r.migrationClass().getName()
                            + ") follows " + p + ", which is not among the revisions found");
                }
                children.computeIfAbsent(p, k -> new TreeSet<>()).add(r.id());
            }
            for (String label : r.branchLabels()) {
                String other = labels.put(label, r.id());
                if (other != null) {
                    throw new MigrationException("Branch label '" + label + "' is on both " + other + " and " + r.id());
                }
            }
        }
        topologicalOrder(map.keySet()); // fails on a cycle
    }

    private static void checkId(RevisionInfo r) {
        String id = r.id();
        if (id.isBlank() || id.equals(Revision.BASE) || id.equals("head") || id.equals("heads")
                || id.contains("@") || id.contains(":") || id.startsWith("+") || id.startsWith("-")) {
            throw new MigrationException("Revision id '" + id + "' of " + r.migrationClass().getName()
                    + " is not allowed: ids must not be blank, base, head or heads, nor contain @ or :, nor start with + or -");
        }
    }

    /** The revisions that must be applied before {@code r}: its down revisions and dependencies. */
    private static List<String> parentsOf(RevisionInfo r) {
        List<String> out = new ArrayList<>(r.down());
        for (String d : r.dependsOn()) {
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    RevisionInfo get(String id) {
        RevisionInfo r = byId.get(id);
        if (r == null) {
            throw new MigrationException("Can't locate revision identified by '" + id + "'");
        }
        return r;
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    Collection<RevisionInfo> all() {
        return byId.values();
    }

    /** The revisions nothing follows, in id order. */
    List<String> heads() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : children.entrySet()) {
            if (e.getValue().isEmpty()) {
                out.add(e.getKey());
            }
        }
        out.sort(null);
        return out;
    }

    /** Revisions that more than one revision follows. */
    List<String> branchPoints() {
        List<String> out = new ArrayList<>();
        for (RevisionInfo r : byId.values()) {
            int followers = 0;
            for (String c : children.get(r.id())) {
                if (get(c).down().contains(r.id())) {
                    followers++;
                }
            }
            if (followers > 1) {
                out.add(r.id());
            }
        }
        return out;
    }

    /** Revisions whose down revision is {@code id}. */
    List<String> childrenOf(String id) {
        List<String> out = new ArrayList<>();
        for (String c : children.getOrDefault(id, Set.of())) {
            if (get(c).down().contains(id)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The single head, or Alembic's advice when there are several. */
    String singleHead() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw new MigrationException(MULTIPLE_HEADS + " Heads: " + heads);
        }
        if (heads.isEmpty()) {
            throw new MigrationException("There are no revisions; write one with revision -m \"message\"");
        }
        return heads.get(0);
    }

    /**
     * A revision named by id, unique id prefix or branch label; {@code label@head} is the head
     * of that branch.
     */
    String resolve(String name) {
        int at = name.indexOf('@');
        if (at >= 0) {
            String branch = name.substring(0, at);
            String which = name.substring(at + 1);
            if (!which.equals("head")) {
                throw new MigrationException("Only '<branch>@head' is understood, got '" + name + "'");
            }
            String start = resolve(branch);
            List<String> heads = new ArrayList<>();
            for (String h : heads()) {
                if (ancestors(List.of(h)).contains(start)) {
                    heads.add(h);
                }
            }
            if (heads.size() != 1) {
                throw new MigrationException("Branch " + branch + " has " + heads.size() + " heads " + heads
                        + "; name one of them, or merge them");
            }
            return heads.get(0);
        }
        if (byId.containsKey(name)) {
            return name;
        }
        String labelled = labels.get(name);
        if (labelled != null) {
            return labelled;
        }
        List<String> matches = new ArrayList<>();
        for (String id : byId.keySet()) {
            if (id.startsWith(name)) {
                matches.add(id);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new MigrationException("Can't locate revision identified by '" + name + "'");
        }
        throw new MigrationException("Multiple revisions start with '" + name + "': " + matches);
    }

    /** {@code ids} and every revision that must be applied before them. */
    Set<String> ancestors(Collection<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(parentsOf(get(id)));
            }
        }
        return seen;
    }

    /** {@code id} and every revision that follows it, directly or not. */
    Set<String> descendants(String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (seen.add(r)) {
                todo.addAll(children.getOrDefault(r, Set.of()));
            }
        }
        return seen;
    }

    /** The revisions of {@code applied} nothing else in it follows: what the version table holds. */
    List<String> headsWithin(Set<String> applied) {
        List<String> out = new ArrayList<>();
        for (String id : applied) {
            boolean followed = false;
            for (String c : children.getOrDefault(id, Set.of())) {
                if (applied.contains(c)) {
                    followed = true;
                    break;
                }
            }
            if (!followed) {
                out.add(id);
            }
        }
        out.sort(null);
        return out;
    }

    /** {@code ids} ordered so that each comes after the revisions it needs; ties in id order. */
    List<String> topologicalOrder(Collection<String> ids) {
        Set<String> set = new LinkedHashSet<>(ids);
        Map<String, Integer> waiting = new LinkedHashMap<>();
        for (String id : set) {
            int n = 0;
            for (String p : parentsOf(get(id))) {
                if (set.contains(p)) {
                    n++;
                }
            }
            waiting.put(id, n);
        }
        TreeSet<String> ready = new TreeSet<>();
        waiting.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<String> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.pollFirst();
            out.add(id);
            for (String c : children.getOrDefault(id, Set.of())) {
                Integer n = waiting.get(c);
                if (n != null) {
                    waiting.put(c, n - 1);
                    if (n - 1 == 0) {
                        ready.add(c);
                    }
                }
            }
        }
        if (out.size() != set.size()) {
            Set<String> stuck = new TreeSet<>(set);
            out.forEach(stuck::remove);
            throw new MigrationException("The revisions " + stuck + " follow each other in a cycle");
        }
        return out;
    }
}
