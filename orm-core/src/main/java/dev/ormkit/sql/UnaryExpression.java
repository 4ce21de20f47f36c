package dev.ormkit.sql;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code NOT x}, {@code x IS NULL}, {@code x IS NOT NULL}, {@code -x}, {@code DISTINCT x}. */
public final class UnaryExpression<T> extends Expression<T> {
    /** Which unary operator. */
    public enum Kind {
        /** {@code NOT x}. */
        NOT,
        /** {@code x IS NULL}. */
        IS_NULL,
        /** {@code x IS NOT NULL}. */
        IS_NOT_NULL,
        /** {@code -x}. */
        NEGATE,
        /** {@code DISTINCT x}, inside an aggregate. */
        DISTINCT
    }

    private final Expression<?> operand;
    private final Kind kind;
    private final @Nullable SqlType<T> type;

    UnaryExpression(Expression<?> operand, Kind kind, @Nullable SqlType<T> type) {
        this.operand = operand;
        this.kind = kind;
        this.type = type;
    }

    /** The operand. */
    public Expression<?> operand() {
        return operand;
    }

    /** Which unary operator. */
    public Kind kind() {
        return kind;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return type;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(operand);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(UnaryExpression.class).add(kind).addType(type).element(operand);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitUnary(this);
    }
}
