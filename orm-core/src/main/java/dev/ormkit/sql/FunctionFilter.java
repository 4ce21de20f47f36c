package dev.ormkit.sql;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate over the rows matching a condition, SQLAlchemy's {@code FunctionFilter}:
 * {@code func.count().filter(posts.c("score").gt(5))}. Rendered {@code count(*) FILTER (WHERE
 * ...)} where the database has the clause (PostgreSQL, SQLite, H2), and elsewhere as the
 * equivalent {@code count(CASE WHEN ... THEN 1 END)}, the aggregate skipping the NULLs the
 * CASE gives for the other rows.
 */
public final class FunctionFilter<T> extends Expression<T> implements WindowFunction<T> {
    private final FunctionCall<T> function;
    private final Expression<Boolean> condition;

    FunctionFilter(FunctionCall<T> function, Expression<Boolean> condition) {
        this.function = function;
        this.condition = condition;
    }

    /** The aggregate filtered. */
    public FunctionCall<T> function() {
        return function;
    }

    /** The {@code FILTER (WHERE ...)} condition. */
    public Expression<Boolean> condition() {
        return condition;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return function.type();
    }

    @Override
    public String defaultLabel() {
        return function.defaultLabel();
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(function);
        visitor.accept(condition);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(FunctionFilter.class).element(function).element(condition);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitFunctionFilter(this);
    }
}
