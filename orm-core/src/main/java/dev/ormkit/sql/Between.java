package dev.ormkit.sql;

import java.util.function.Consumer;

/** {@code x BETWEEN low AND high}. */
final class Between extends Expression<Boolean> {
    private final Expression<?> operand;
    private final Expression<?> low;
    private final Expression<?> high;

    Between(Expression<?> operand, Expression<?> low, Expression<?> high) {
        this.operand = operand;
        this.low = low;
        this.high = high;
    }

    public Expression<?> operand() {
        return operand;
    }

    public Expression<?> low() {
        return low;
    }

    public Expression<?> high() {
        return high;
    }

    @Override
    public SqlType<Boolean> type() {
        return StandardTypes.BOOLEAN;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(operand);
        visitor.accept(low);
        visitor.accept(high);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Between.class).element(operand).element(low).element(high);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitBetween(this);
    }
}
