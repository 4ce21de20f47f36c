package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import dev.ormkit.exc.ArgumentException;

/**
 * A row value, SQLAlchemy's {@code tuple_}: {@code tuple(a, b).in(List.of(1, "x"), List.of(2, "y"))}
 * renders {@code (a, b) IN ((?, ?), (?, ?))}, for composite keys. Each value binds with the
 * type of the expression at its position.
 */
public final class Tuple extends ClauseElement {
    private final List<Expression<?>> elements;

    Tuple(List<? extends Expression<?>> elements) {
        if (elements.isEmpty()) {
            throw new ArgumentException("A tuple needs at least one expression");
        }
        this.elements = List.copyOf(elements);
    }

    /** The elements, in order. */
    public List<Expression<?>> elements() {
        return elements;
    }

    /** {@code (a, b) IN ((?, ?), ...)}: each row a list of as many values as the tuple has expressions. */
    @SafeVarargs
    public final Expression<Boolean> in(List<?>... rows) {
        return in(Arrays.asList(rows));
    }

    /** {@code (a, b) IN ((?, ?), ...)} over a collection of rows; an empty one matches nothing. */
    public Expression<Boolean> in(Collection<? extends List<?>> rows) {
        return new TupleIn(this, bindRows(rows), null, false);
    }

    /** {@code (a, b) IN (SELECT x, y ...)}. */
    public Expression<Boolean> in(Select subquery) {
        return new TupleIn(this, List.of(), subquery, false);
    }

    /** {@code (a, b) NOT IN ((?, ?), ...)}; an empty collection matches every row. */
    public Expression<Boolean> notIn(Collection<? extends List<?>> rows) {
        return new TupleIn(this, bindRows(rows), null, true);
    }

    /** {@code (a, b) NOT IN (SELECT x, y ...)}. */
    public Expression<Boolean> notIn(Select subquery) {
        return new TupleIn(this, List.of(), subquery, true);
    }

    private List<List<BindParam<?>>> bindRows(Collection<? extends List<?>> rows) {
        List<List<BindParam<?>>> out = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            if (row.size() != elements.size()) {
                throw new ArgumentException("Row " + row + " has " + row.size() + " values for a tuple of "
                        + elements.size() + " expressions " + elements);
            }
            List<BindParam<?>> bound = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                bound.add(bindAs(elements.get(i), row.get(i)));
            }
            out.add(bound);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> BindParam<T> bindAs(Expression<T> like, Object value) {
        return new BindParam<>((T) value, like.type());
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        elements.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Tuple.class).elements(elements);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.append("(");
        compiler.processList(elements);
        compiler.append(")");
    }
}
