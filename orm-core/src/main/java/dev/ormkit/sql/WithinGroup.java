package dev.ormkit.sql;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An ordered-set aggregate, SQLAlchemy's {@code WithinGroup}:
 * {@code func.percentileCont(0.5).withinGroup(users.c("age"))} renders
 * {@code percentile_cont(?) WITHIN GROUP (ORDER BY users.age)}. PostgreSQL and H2 have it;
 * elsewhere compiling it is a {@link dev.ormkit.exc.CompileException} naming the database.
 */
public final class WithinGroup<T> extends Expression<T> {
    private final FunctionCall<T> function;
    private final List<OrderByItem> orderBy;

    WithinGroup(FunctionCall<T> function, List<OrderByItem> orderBy) {
        this.function = function;
        this.orderBy = List.copyOf(orderBy);
    }

    /** The ordered-set aggregate. */
    public FunctionCall<T> function() {
        return function;
    }

    /** The ORDER BY items inside {@code WITHIN GROUP (...)}. */
    public List<OrderByItem> orderBy() {
        return orderBy;
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
        orderBy.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(WithinGroup.class).element(function).elements(orderBy);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitWithinGroup(this);
    }
}
