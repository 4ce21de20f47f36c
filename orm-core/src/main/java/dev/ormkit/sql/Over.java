package dev.ormkit.sql;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A window function: {@code fn(...) OVER (PARTITION BY ... ORDER BY ...)}. */
public final class Over<T> extends Expression<T> {
    private final Expression<T> function;
    private final List<Expression<?>> partitionBy;
    private final List<OrderByItem> orderBy;

    Over(Expression<T> function, List<Expression<?>> partitionBy, List<OrderByItem> orderBy) {
        this.function = function;
        this.partitionBy = List.copyOf(partitionBy);
        this.orderBy = List.copyOf(orderBy);
    }

    /** The function (a plain call, or an aggregate with FILTER) the window applies to. */
    public Expression<T> function() {
        return function;
    }

    /** The PARTITION BY expressions; empty when none. */
    public List<Expression<?>> partitionBy() {
        return partitionBy;
    }

    /** The ORDER BY items of the window; empty when none. */
    public List<OrderByItem> orderBy() {
        return orderBy;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return function.type();
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(function);
        partitionBy.forEach(visitor);
        orderBy.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Over.class).element(function).elements(partitionBy).elements(orderBy);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitOver(this);
    }
}
