package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A SQL expression yielding values of Java type {@code T}: a column, a bound value, a function
 * call, a comparison. Operators return new expressions; nothing is mutated. Every Java value
 * given to an operator becomes a bind parameter.
 *
 * <p>{@code eq(null)} renders {@code IS NULL} and {@code ne(null)} {@code IS NOT NULL}, so the
 * "{@code == None}" pitfall cannot happen.
 *
 * @param <T> the Java type of the expression's values
 */
public abstract class Expression<T> extends ClauseElement {

    /** The SQL type of this expression, when known; it decides how results are read. */
    public @Nullable SqlType<T> type() {
        return null;
    }

    /**
     * The plain expression the compiler renders. Wrappers (such as the ORM's typed
     * attributes) return the column they stand for.
     */
    public Expression<T> unwrap() {
        return this;
    }

    /** The name a SELECT gives this expression's result column when not labelled. */
    public @Nullable String defaultLabel() {
        return null;
    }

    // --- comparison ---------------------------------------------------------------------

    /** {@code = value}; {@code eq(null)} renders {@code IS NULL}. */
    public Expression<Boolean> eq(@Nullable T value) {
        return value == null ? isNull() : compare(Operator.EQ, value);
    }

    /** {@code = other}, comparing with another expression (a column, a subquery). */
    public Expression<Boolean> eq(Expression<? extends T> other) {
        return new BinaryExpression<>(this, Operator.EQ, other);
    }

    /** {@code <> value}; {@code ne(null)} renders {@code IS NOT NULL}. */
    public Expression<Boolean> ne(@Nullable T value) {
        return value == null ? isNotNull() : compare(Operator.NE, value);
    }

    /** {@code <> other}, comparing with another expression. */
    public Expression<Boolean> ne(Expression<? extends T> other) {
        return new BinaryExpression<>(this, Operator.NE, other);
    }

    /** {@code < value}. */
    public Expression<Boolean> lt(T value) {
        return compare(Operator.LT, value);
    }

    /** {@code < other}, comparing with another expression. */
    public Expression<Boolean> lt(Expression<? extends T> other) {
        return new BinaryExpression<>(this, Operator.LT, other);
    }

    /** {@code <= value}. */
    public Expression<Boolean> le(T value) {
        return compare(Operator.LE, value);
    }

    /** {@code <= other}, comparing with another expression. */
    public Expression<Boolean> le(Expression<? extends T> other) {
        return new BinaryExpression<>(this, Operator.LE, other);
    }

    /** {@code > value}. */
    public Expression<Boolean> gt(T value) {
        return compare(Operator.GT, value);
    }

    /** {@code > other}, comparing with another expression. */
    public Expression<Boolean> gt(Expression<? extends T> other) {
        return new BinaryExpression<>(this, Operator.GT, other);
    }

    /** {@code >= value}. */
    public Expression<Boolean> ge(T value) {
        return compare(Operator.GE, value);
    }

    /** {@code >= other}, comparing with another expression. */
    public Expression<Boolean> ge(Expression<? extends T> other) {
        return new BinaryExpression<>(this, Operator.GE, other);
    }

    /** {@code IS NULL}, or {@code IS} a value (SQLAlchemy's {@code is_}). */
    public Expression<Boolean> is(@Nullable T value) {
        return value == null ? isNull() : eq(value);
    }

    /** {@code IS NOT NULL}, or {@code <>} a value (SQLAlchemy's {@code is_not}). */
    public Expression<Boolean> isNot(@Nullable T value) {
        return value == null ? isNotNull() : ne(value);
    }

    /** {@code IS NULL}. */
    public Expression<Boolean> isNull() {
        return new UnaryExpression<>(this, UnaryExpression.Kind.IS_NULL, null);
    }

    /** {@code IS NOT NULL}. */
    public Expression<Boolean> isNotNull() {
        return new UnaryExpression<>(this, UnaryExpression.Kind.IS_NOT_NULL, null);
    }

    /** {@code BETWEEN low AND high}, both ends included. */
    public Expression<Boolean> between(T low, T high) {
        return new Between(this, bind(low), bind(high));
    }

    // --- strings -------------------------------------------------------------------------

    /** {@code LIKE pattern}; {@code %} and {@code _} are the wildcards. */
    public Expression<Boolean> like(String pattern) {
        return new BinaryExpression<>(this, Operator.LIKE, new BindParam<>(pattern, StandardTypes.VARCHAR));
    }

    /** {@code NOT LIKE pattern}; {@code %} and {@code _} are the wildcards. */
    public Expression<Boolean> notLike(String pattern) {
        return new BinaryExpression<>(this, Operator.NOT_LIKE, new BindParam<>(pattern, StandardTypes.VARCHAR));
    }

    /**
     * {@code LIKE pattern ESCAPE 'escape'}: in the pattern, the escape character makes the
     * {@code %}, {@code _} or escape character after it match itself. Use it when the text
     * searched for may hold wildcard characters; it means the same on every database, while a
     * backslash in a plain {@link #like(String)} pattern does not (an escape on PostgreSQL, MySQL
     * and H2, an ordinary character on SQLite).
     */
    public Expression<Boolean> like(String pattern, char escape) {
        return new LikeEscape(this, new BindParam<>(pattern, StandardTypes.VARCHAR), escape, false);
    }

    /** {@code NOT LIKE pattern ESCAPE 'escape'}; see {@link #like(String, char)}. */
    public Expression<Boolean> notLike(String pattern, char escape) {
        return new LikeEscape(this, new BindParam<>(pattern, StandardTypes.VARCHAR), escape, true);
    }

    /** Case-insensitive LIKE: {@code ILIKE} on PostgreSQL, {@code lower(x) LIKE lower(p)} elsewhere. */
    public Expression<Boolean> ilike(String pattern) {
        return new BinaryExpression<>(this, Operator.ILIKE, new BindParam<>(pattern, StandardTypes.VARCHAR));
    }

    /** Case-insensitive NOT LIKE. */
    public Expression<Boolean> notIlike(String pattern) {
        return new BinaryExpression<>(this, Operator.NOT_ILIKE, new BindParam<>(pattern, StandardTypes.VARCHAR));
    }

    /** String concatenation ({@code ||}, or {@code CONCAT()} on MySQL). */
    public Expression<String> concat(Object other) {
        return new BinaryExpression<>(this, Operator.CONCAT, operand(other), StandardTypes.TEXT);
    }

    // --- membership ------------------------------------------------------------------------

    /** {@code IN (...)}; an empty list is valid and matches nothing. */
    @SafeVarargs
    public final Expression<Boolean> in(T... values) {
        return in(Arrays.asList(values));
    }

    /**
     * {@code IN (...)} over a collection; an empty collection matches nothing. A
     * {@link BindParam} among the values is a parameter of its own (a named one takes its value
     * when the statement runs), so one statement can be run again with other values.
     */
    public Expression<Boolean> in(Collection<? extends T> values) {
        return new InExpression(this, bindAll(values), null, false);
    }

    /** {@code IN (SELECT ...)}. */
    public Expression<Boolean> in(Select subquery) {
        return new InExpression(this, List.of(), subquery, false);
    }

    /** {@code NOT IN (...)}; an empty list matches every row. */
    @SafeVarargs
    public final Expression<Boolean> notIn(T... values) {
        return notIn(Arrays.asList(values));
    }

    /** {@code NOT IN (...)} over a collection; an empty collection matches every row. */
    public Expression<Boolean> notIn(Collection<? extends T> values) {
        return new InExpression(this, bindAll(values), null, true);
    }

    /** {@code NOT IN (SELECT ...)}. */
    public Expression<Boolean> notIn(Select subquery) {
        return new InExpression(this, List.of(), subquery, true);
    }

    // --- arithmetic ------------------------------------------------------------------------

    /** Addition, {@code x + other}; {@code other} is a value (bound) or an expression. */
    public Expression<T> plus(Object other) {
        return arithmetic(Operator.ADD, other);
    }

    /** Subtraction, {@code x - other}; {@code other} is a value (bound) or an expression. */
    public Expression<T> minus(Object other) {
        return arithmetic(Operator.SUB, other);
    }

    /** Multiplication, {@code x * other}; {@code other} is a value (bound) or an expression. */
    public Expression<T> times(Object other) {
        return arithmetic(Operator.MUL, other);
    }

    /** Division, {@code x / other}; integer operands divide as the database divides integers. */
    public Expression<T> dividedBy(Object other) {
        return arithmetic(Operator.DIV, other);
    }

    /** Remainder, {@code x % other} ({@code MOD} where the database spells it so). */
    public Expression<T> mod(Object other) {
        return arithmetic(Operator.MOD, other);
    }

    /** Negation: {@code -x}. */
    public Expression<T> negate() {
        return new UnaryExpression<>(this, UnaryExpression.Kind.NEGATE, type());
    }

    // --- naming, ordering, conversion ------------------------------------------------------

    /** {@code expr AS name}. */
    public Label<T> label(String name) {
        return new Label<>(this, name);
    }

    /** {@code CAST(expr AS type)}. */
    public <R> Expression<R> cast(SqlType<R> target) {
        return new Cast<>(this, target);
    }

    /** This expression as an ascending ORDER BY item. */
    public OrderByItem asc() {
        return new OrderByItem(this, false, null);
    }

    /** This expression as a descending ORDER BY item. */
    public OrderByItem desc() {
        return new OrderByItem(this, true, null);
    }

    // --- helpers ---------------------------------------------------------------------------

    private Expression<Boolean> compare(Operator op, T value) {
        return new BinaryExpression<>(this, op, bind(value));
    }

    private Expression<T> arithmetic(Operator op, Object other) {
        return new BinaryExpression<>(this, op, operand(other), type());
    }

    /** A bind parameter for {@code value}, typed like this expression. */
    protected final BindParam<T> bind(@Nullable T value) {
        return new BindParam<>(value, type());
    }

    private List<BindParam<?>> bindAll(Collection<? extends T> values) {
        List<BindParam<?>> out = new ArrayList<>(values.size());
        for (T v : values) {
            out.add(v instanceof BindParam<?> p ? p : bind(v));
        }
        return out;
    }

    /** An expression as is, any other value as a bind parameter. */
    static Expression<?> operand(@Nullable Object value) {
        if (value instanceof Expression<?> e) {
            return e;
        }
        return new BindParam<>(value, null);
    }
}
