package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.exc.CompileException;

/**
 * Finds the CTEs a statement uses, anywhere in it, in the order the WITH clause must define
 * them: each after the CTEs its own statement uses. A recursive CTE's references to itself (and
 * the anchor and aliases of one CTE) count as one CTE, defined by its most complete statement.
 */
final class CteCollector {
    /** By original CTE: the CTE whose statement the WITH clause writes, in definition order. */
    private final Map<Cte, Cte> chosen = new LinkedHashMap<>();
    private final Set<Cte> defining = new HashSet<>();
    /** Nodes already walked, so a subtree shared by several parts is walked once. */
    private final Set<ClauseElement> walked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private CteCollector() {
    }

    /** The CTEs of {@code statement}, dependencies first; empty when it uses none. */
    static List<Cte> collect(ClauseElement statement) {
        CteCollector c = new CteCollector();
        c.walk(statement);
        return new ArrayList<>(c.chosen.values());
    }

    private void walk(ClauseElement e) {
        if (e instanceof Cte cte) {
            reference(cte);
            return;
        }
        if (!walked.add(e)) {
            return;
        }
        if (e instanceof ColumnExpression<?> column && column.from() != null) {
            walk(column.from());
        } else if (e instanceof EntitySelectable entity) {
            walk(entity.table());
        } else if (e instanceof Select select) {
            // FROM clauses reached only through columns (select(cte.c("x"))) count too
            select.derivedFroms().forEach(this::walk);
        }
        e.forEachChild(this::walk);
    }

    private void reference(Cte cte) {
        Cte original = cte.original();
        if (defining.contains(original)) {
            return; // the recursive member naming its own CTE
        }
        Cte definition = cte.definition();
        Cte known = chosen.get(original);
        if (known != null && known.generation() >= definition.generation()) {
            return;
        }
        for (Cte other : chosen.values()) {
            if (other.name().equals(definition.name()) && other.original() != original) {
                throw new CompileException("Two different CTEs are named " + definition.name()
                        + " in one statement; give one of them another name");
            }
        }
        defining.add(original);
        try {
            walk(definition.statement());
        } finally {
            defining.remove(original);
        }
        chosen.remove(original);
        chosen.put(original, definition);
    }
}
