package dev.ormkit.sql;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A node of the SQL expression tree. Nodes are immutable values; {@link SqlCompiler} turns a
 * tree into SQL text and bind parameters for one dialect.
 */
public abstract class ClauseElement {

    /** Renders this node through the compiler (double dispatch to the matching visit method). */
    public abstract void compileTo(SqlCompiler compiler);

    /**
     * Writes this node's shape into a statement's cache key: its class, the structural data
     * that decides its SQL (operators, names, flags, SQL text, types), then its children
     * through {@link CacheKey.Builder#element}; a bind parameter also records itself with
     * {@link CacheKey.Builder#bind}. Bound values are never written: statements differing only
     * in values share one compilation.
     *
     * <p>The default marks the statement uncacheable by shape, so a node that does not
     * describe itself can never reuse another statement's SQL; it is then compiled per
     * statement instance.
     */
    public void appendCacheKey(CacheKey.Builder key) {
        key.uncacheable();
    }

    /** Hands each direct child to the visitor; subqueries are children too. */
    public void forEachChild(Consumer<ClauseElement> visitor) {
    }

    /**
     * Adds the FROM clauses this node needs to {@code froms}. A subquery contributes nothing:
     * its own FROM list stays inside it, and tables it shares with the enclosing SELECT are
     * correlated rather than repeated.
     */
    public void collectFroms(Set<FromClause> froms) {
        forEachChild(child -> child.collectFroms(froms));
    }
}
