package dev.ormkit.sql;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code left OP right}: comparisons, LIKE, arithmetic, concatenation. */
public final class BinaryExpression<T> extends Expression<T> {
    private final Expression<?> left;
    private final Operator operator;
    private final Expression<?> right;
    private final @Nullable SqlType<T> type;

    @SuppressWarnings("unchecked")
    BinaryExpression(Expression<?> left, Operator operator, Expression<?> right) {
        this(left, operator, right, (SqlType<T>) (SqlType<?>) StandardTypes.BOOLEAN);
    }

    BinaryExpression(Expression<?> left, Operator operator, Expression<?> right, @Nullable SqlType<T> type) {
        this.left = left;
        this.operator = operator;
        this.right = right;
        this.type = type;
    }

    /** The left operand. */
    public Expression<?> left() {
        return left;
    }

    /** The operator between the operands. */
    public Operator operator() {
        return operator;
    }

    /** The right operand. */
    public Expression<?> right() {
        return right;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return type;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(left);
        visitor.accept(right);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(BinaryExpression.class).add(operator).addType(type).element(left).element(right);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitBinary(this);
    }
}
