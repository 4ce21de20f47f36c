package dev.ormkit.sql;

import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
     * <p>Package-private: the key is this package's business. A node defined elsewhere says
     * what stands for it through {@link #cacheIdentity()}; when nothing does, the statement is
     * marked uncacheable by shape, so it can never reuse another statement's SQL and is
     * compiled per statement instance.
     */
    void appendCacheKey(CacheKey.Builder key) {
        ClauseElement same = cacheIdentity();
        if (same == null) {
            key.uncacheable();
        } else if (same == this) {
            key.add(this);
        } else {
            key.element(same);
        }
    }

    /**
     * What stands for this node when statements are cached by shape, for node classes defined
     * outside this package: {@code this} when the node renders the same SQL wherever it appears
     * (a table, a table's column), another node when this one renders exactly as that one does,
     * or null (the default) when neither holds and statements holding it compile per instance.
     */
    protected @Nullable ClauseElement cacheIdentity() {
        return null;
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
