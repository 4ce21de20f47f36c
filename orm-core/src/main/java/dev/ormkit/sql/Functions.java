package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * SQL functions, SQLAlchemy's {@code func}: typed helpers for the common ones and
 * {@link #call} for any other. Reach it as {@code Sql.func}.
 */
public final class Functions {
    static final Functions INSTANCE = new Functions();

    private Functions() {
    }

    /**
     * {@code percentile_cont(fraction)}, an ordered-set aggregate: complete it with
     * {@code .withinGroup(column)}. The interpolated value at {@code fraction} (0.5: the median).
     */
    public FunctionCall<Double> percentileCont(double fraction) {
        return new FunctionCall<>("percentile_cont", List.of(new BindParam<>(fraction, StandardTypes.DOUBLE)), StandardTypes.DOUBLE,
                false);
    }

    /** {@code percentile_disc(fraction)}: the first value at or past {@code fraction}; complete with {@code withinGroup}. */
    public FunctionCall<Object> percentileDisc(double fraction) {
        return new FunctionCall<>("percentile_disc", List.of(new BindParam<>(fraction, StandardTypes.DOUBLE)), null, false);
    }

    /** {@code mode()}: the most frequent value; complete with {@code withinGroup}. */
    public FunctionCall<Object> mode() {
        return new FunctionCall<>("mode", List.of(), null, false);
    }

    /** {@code count(*)}. */
    public FunctionCall<Long> count() {
        return new FunctionCall<>("count", List.of(new SqlLiteral<>("*", null)), StandardTypes.BIGINT, false);
    }

    /** {@code count(x)}. */
    public FunctionCall<Long> count(Expression<?> expression) {
        return new FunctionCall<>("count", List.of(expression), StandardTypes.BIGINT, false);
    }

    /** {@code count(DISTINCT x)}. */
    public FunctionCall<Long> countDistinct(Expression<?> expression) {
        return new FunctionCall<>("count", List.of(expression), StandardTypes.BIGINT, true);
    }

    /** {@code sum(x)}, of the type of {@code x}. */
    public <T> FunctionCall<T> sum(Expression<T> expression) {
        return new FunctionCall<>("sum", List.of(expression), expression.type(), false);
    }

    /** {@code avg(x)}, read as a decimal or double depending on the database. */
    public FunctionCall<Double> avg(Expression<?> expression) {
        return new FunctionCall<>("avg", List.of(expression), StandardTypes.DOUBLE, false);
    }

    /** {@code min(x)}, of the type of {@code x}. */
    public <T> FunctionCall<T> min(Expression<T> expression) {
        return new FunctionCall<>("min", List.of(expression), expression.type(), false);
    }

    /** {@code max(x)}, of the type of {@code x}. */
    public <T> FunctionCall<T> max(Expression<T> expression) {
        return new FunctionCall<>("max", List.of(expression), expression.type(), false);
    }

    /** {@code coalesce(a, b, ...)}: the first non-null; plain values are bound. */
    @SafeVarargs
    public final <T> FunctionCall<T> coalesce(Expression<T> first, @Nullable Object... rest) {
        List<Expression<?>> args = new ArrayList<>();
        args.add(first);
        for (Object o : rest) {
            args.add(Expression.operand(o));
        }
        return new FunctionCall<>("coalesce", args, first.type(), false);
    }

    /** {@code lower(x)}: the text in lower case. */
    public FunctionCall<String> lower(Expression<String> expression) {
        return new FunctionCall<>("lower", List.of(expression), StandardTypes.TEXT, false);
    }

    /** {@code upper(x)}: the text in upper case. */
    public FunctionCall<String> upper(Expression<String> expression) {
        return new FunctionCall<>("upper", List.of(expression), StandardTypes.TEXT, false);
    }

    /** {@code length(x)}: the text's length in characters. */
    public FunctionCall<Integer> length(Expression<String> expression) {
        return new FunctionCall<>("length", List.of(expression), StandardTypes.INTEGER, false);
    }

    /** {@code abs(x)}: the absolute value, of the type of {@code x}. */
    public <T> FunctionCall<T> abs(Expression<T> expression) {
        return new FunctionCall<>("abs", List.of(expression), expression.type(), false);
    }

    /** The current timestamp ({@code CURRENT_TIMESTAMP} on every database). */
    public FunctionCall<java.time.LocalDateTime> now() {
        return new FunctionCall<>("now", List.of(), StandardTypes.TIMESTAMP, false);
    }

    /** {@code row_number()}, for use with {@code over(...)}. */
    public FunctionCall<Long> rowNumber() {
        return new FunctionCall<>("row_number", List.of(), StandardTypes.BIGINT, false);
    }

    /** {@code rank()}, for use with {@code over(...)}: ties share a rank and leave gaps. */
    public FunctionCall<Long> rank() {
        return new FunctionCall<>("rank", List.of(), StandardTypes.BIGINT, false);
    }

    /** {@code dense_rank()}, for use with {@code over(...)}: ties share a rank, without gaps. */
    public FunctionCall<Long> denseRank() {
        return new FunctionCall<>("dense_rank", List.of(), StandardTypes.BIGINT, false);
    }

    /** Any SQL function by name: {@code func.call("strftime", "%Y", col)}; plain values are bound. */
    public FunctionCall<Object> call(String name, @Nullable Object... arguments) {
        return call(name, null, arguments);
    }

    /** Any SQL function by name, with its result type. */
    public <T> FunctionCall<T> call(String name, @Nullable SqlType<T> returns, @Nullable Object... arguments) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new ArgumentException("Not a function name: \"" + name + "\"");
        }
        List<Expression<?>> args = new ArrayList<>();
        for (Object o : arguments) {
            args.add(Expression.operand(o));
        }
        return new FunctionCall<>(name, args, returns, false);
    }
}
