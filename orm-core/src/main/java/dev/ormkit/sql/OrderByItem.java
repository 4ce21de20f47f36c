package dev.ormkit.sql;

import java.util.function.Consumer;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/** One ORDER BY term: an expression, its direction and where NULLs go. */
public final class OrderByItem extends ClauseElement {
    private final Expression<?> expression;
    private final boolean descending;
    private final @Nullable Boolean nullsFirst;

    OrderByItem(Expression<?> expression, boolean descending, @Nullable Boolean nullsFirst) {
        this.expression = expression;
        this.descending = descending;
        this.nullsFirst = nullsFirst;
    }

    /** An ascending term for a bare expression. */
    static OrderByItem of(ClauseElement e) {
        if (e instanceof OrderByItem item) {
            return item;
        }
        if (e instanceof Expression<?> x) {
            return new OrderByItem(x, false, null);
        }
        throw new ArgumentException("Cannot order by " + e.getClass().getSimpleName());
    }

    /** The expression ordered by. */
    public Expression<?> expression() {
        return expression;
    }

    /** True for {@code DESC}. */
    public boolean descending() {
        return descending;
    }

    /** True for NULLS FIRST, false for NULLS LAST, null for the database's default. */
    public @Nullable Boolean nullsPlacement() {
        return nullsFirst;
    }

    /** This item with {@code NULLS FIRST}. */
    public OrderByItem nullsFirst() {
        return new OrderByItem(expression, descending, true);
    }

    /** This item with {@code NULLS LAST}. */
    public OrderByItem nullsLast() {
        return new OrderByItem(expression, descending, false);
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(expression);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(OrderByItem.class).add(descending).add(nullsFirst).element(expression);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitOrderByItem(this);
    }
}
