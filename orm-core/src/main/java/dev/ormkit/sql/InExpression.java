package dev.ormkit.sql;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code x [NOT] IN (values...)} or {@code x [NOT] IN (SELECT ...)}. */
public final class InExpression extends Expression<Boolean> {
    private final Expression<?> operand;
    private final List<BindParam<?>> values;
    private final @Nullable Select subquery;
    private final boolean negated;

    InExpression(Expression<?> operand, List<BindParam<?>> values, @Nullable Select subquery, boolean negated) {
        this.operand = operand;
        this.values = List.copyOf(values);
        this.subquery = subquery;
        this.negated = negated;
    }

    /** The expression tested. */
    public Expression<?> operand() {
        return operand;
    }

    /** The values of the list, each a bind parameter; empty for a subquery. */
    public List<BindParam<?>> values() {
        return values;
    }

    /** The subquery of {@code IN (SELECT ...)}, or null for a list. */
    public @Nullable Select subquery() {
        return subquery;
    }

    /** True for {@code NOT IN}. */
    public boolean negated() {
        return negated;
    }

    @Override
    public SqlType<Boolean> type() {
        return StandardTypes.BOOLEAN;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(operand);
        values.forEach(visitor);
        if (subquery != null) {
            visitor.accept(subquery);
        }
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        // the number of values is shape: IN (?, ?) and IN (?, ?, ?) are different SQL
        key.add(InExpression.class).add(negated).element(operand).elements(values).element(subquery);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitIn(this);
    }
}
