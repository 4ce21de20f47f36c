package dev.ormkit.sql;

import java.util.function.Consumer;

/** {@code CAST(expr AS type)}, the type named by the dialect. */
final class Cast<T> extends Expression<T> {
    private final Expression<?> operand;
    private final SqlType<T> target;

    Cast(Expression<?> operand, SqlType<T> target) {
        this.operand = operand;
        this.target = target;
    }

    public Expression<?> operand() {
        return operand;
    }

    @Override
    public SqlType<T> type() {
        return target;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(operand);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Cast.class).addType(target).element(operand);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitCast(this);
    }
}
