package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/** {@code name(arg, ...)}: a SQL function call; add {@link #over} for a window function. */
public final class FunctionCall<T> extends Expression<T> implements WindowFunction<T> {
    private final String name;
    private final List<Expression<?>> arguments;
    private final @Nullable SqlType<T> type;
    private final boolean distinct;

    FunctionCall(String name, List<Expression<?>> arguments, @Nullable SqlType<T> type, boolean distinct) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.type = type;
        this.distinct = distinct;
    }

    /** The function's generic name ({@code count}); a dialect may render another. */
    public String name() {
        return name;
    }

    /** The arguments, in order. */
    public List<Expression<?>> arguments() {
        return arguments;
    }

    /** True for {@code count(DISTINCT x)} and the like. */
    public boolean distinct() {
        return distinct;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return type;
    }

    @Override
    public String defaultLabel() {
        return name;
    }

    /**
     * This aggregate over the rows matching {@code condition} only: {@code count(*) FILTER
     * (WHERE ...)}, emulated with CASE where the database lacks FILTER. SQLAlchemy's
     * {@code func.count().filter(...)}.
     */
    public FunctionFilter<T> filter(Expression<Boolean> condition) {
        return new FunctionFilter<>(this, condition);
    }

    /**
     * This ordered-set aggregate over the values in the given order:
     * {@code percentile_cont(0.5) WITHIN GROUP (ORDER BY x)}. SQLAlchemy's {@code within_group}.
     */
    public WithinGroup<T> withinGroup(ClauseElement... orderBy) {
        if (orderBy.length == 0) {
            throw new ArgumentException("withinGroup() needs the ORDER BY of the group");
        }
        List<OrderByItem> items = new ArrayList<>();
        for (ClauseElement e : orderBy) {
            items.add(OrderByItem.of(e));
        }
        return new WithinGroup<>(this, items);
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        arguments.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(FunctionCall.class).add(name).add(distinct).addType(type).elements(arguments);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitFunction(this);
    }
}
