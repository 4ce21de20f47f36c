package dev.ormkit.sql;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code (a, b) [NOT] IN ((?, ?), ...)} or {@code (a, b) [NOT] IN (SELECT ...)}; see {@link Tuple}. */
final class TupleIn extends Expression<Boolean> {
    private final Tuple tuple;
    private final List<List<BindParam<?>>> rows;
    private final @Nullable Select subquery;
    private final boolean negated;

    TupleIn(Tuple tuple, List<List<BindParam<?>>> rows, @Nullable Select subquery, boolean negated) {
        this.tuple = tuple;
        this.rows = List.copyOf(rows);
        this.subquery = subquery;
        this.negated = negated;
    }

    public Tuple tuple() {
        return tuple;
    }

    public List<List<BindParam<?>>> rows() {
        return rows;
    }

    public @Nullable Select subquery() {
        return subquery;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public SqlType<Boolean> type() {
        return StandardTypes.BOOLEAN;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(tuple);
        rows.forEach(r -> r.forEach(visitor));
        if (subquery != null) {
            visitor.accept(subquery);
        }
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        // the number of rows is shape, as for a plain IN list
        key.add(TupleIn.class).add(negated).element(tuple).add(rows.size());
        for (List<BindParam<?>> row : rows) {
            key.elements(row);
        }
        key.element(subquery);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitTupleIn(this);
    }
}
