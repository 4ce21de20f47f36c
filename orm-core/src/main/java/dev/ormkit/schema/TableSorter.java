package dev.ormkit.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Collections;

/**
 * Orders tables so that every table comes after the tables its foreign keys refer to.
 * Foreign keys that close a cycle (tables that refer to each other, directly or round a
 * longer loop) cannot be satisfied by any order: they are reported as cycle keys, to be
 * created after the tables ({@code ALTER TABLE ... ADD CONSTRAINT}) and dropped before them.
 *
 * <p>Cycles are found as strongly connected components (Tarjan); every key between two
 * tables of one component is a cycle key, the rest form an acyclic graph that is sorted
 * with Kahn's algorithm, ties broken by definition order so the result is stable.
 * A table's key to itself is neither an edge nor a cycle key: one CREATE TABLE makes both ends.
 */
final class TableSorter {
    private final List<Table> tables;
    private final Map<String, Table> byName = new HashMap<>();
    private final List<Table> sorted = new ArrayList<>();
    private final Map<Table, List<ForeignKeyConstraint>> cycleKeys = new IdentityHashMap<>();

    private TableSorter(List<Table> tables) {
        this.tables = tables;
        for (int i = 0; i < tables.size(); i++) {
            byName.put(tables.get(i).name(), tables.get(i));
        }
    }

    /** Sorts {@code tables} (in definition order). */
    static TableSorter sort(List<Table> tables) {
        TableSorter s = new TableSorter(tables);
        s.run();
        return s;
    }

    /** Parents before children. */
    List<Table> sorted() {
        return sorted;
    }

    /** The foreign keys of {@code table} that are part of a dependency cycle. */
    List<ForeignKeyConstraint> cycleKeys(Table table) {
        return cycleKeys.getOrDefault(table, List.of());
    }

    private void run() {
        Map<Table, Integer> component = new Tarjan().components();
        Map<Table, Set<Table>> parents = new IdentityHashMap<>();
        for (Table t : tables) {
            Set<Table> ps = new LinkedHashSet<>();
            for (ForeignKeyConstraint fk : t.foreignKeys()) {
                Table parent = byName.get(fk.referredTable());
                if (parent == null || parent == t) {
                    continue; // outside this MetaData, or self-referential
                }
                if (component.get(parent).equals(component.get(t))) {
                    cycleKeys.computeIfAbsent(t, k -> new ArrayList<>()).add(fk);
                } else {
                    ps.add(parent);
                }
            }
            parents.put(t, ps);
        }
        List<Table> remaining = new ArrayList<>(tables);
        Set<Table> done = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!remaining.isEmpty()) {
            // the first table, in definition order, whose parents all exist
            Table next = null;
            for (Table t : remaining) {
                if (done.containsAll(parents.get(t))) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalStateException("dependency graph still cyclic after removing cycle keys");
            }
            remaining.remove(next);
            done.add(next);
            sorted.add(next);
        }
    }

    /** Tarjan's strongly connected components over the foreign key graph. */
    private final class Tarjan {
        private final Map<Table, Integer> index = new IdentityHashMap<>();
        private final Map<Table, Integer> low = new IdentityHashMap<>();
        private final Map<Table, Integer> component = new IdentityHashMap<>();
        private final ArrayDeque<Table> stack = new ArrayDeque<>();
        private final Set<Table> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
        private int counter;
        private int components;

        Map<Table, Integer> components() {
            for (Table t : tables) {
                if (!index.containsKey(t)) {
                    visit(t);
                }
            }
            return component;
        }

        // recursion depth is bounded by the number of tables, which stays small
        private void visit(Table t) {
            index.put(t, counter);
            low.put(t, counter);
            counter++;
            stack.push(t);
            onStack.add(t);
            for (ForeignKeyConstraint fk : t.foreignKeys()) {
                Table parent = byName.get(fk.referredTable());
                if (parent == null) {
                    continue;
                }
                if (!index.containsKey(parent)) {
                    visit(parent);
                    low.put(t, Math.min(low.get(t), low.get(parent)));
                } else if (onStack.contains(parent)) {
                    low.put(t, Math.min(low.get(t), index.get(parent)));
                }
            }
            if (low.get(t).equals(index.get(t))) {
                Table member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.put(member, components);
                } while (member != t);
                components++;
            }
        }
    }
}
