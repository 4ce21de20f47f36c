package dev.ormkit.sql;

import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code (SELECT ...)} used as a value; correlates to the enclosing SELECT's tables. */
public final class ScalarSubquery<T> extends Expression<T> {
    private final Select select;

    ScalarSubquery(Select select) {
        this.select = select;
    }

    /** The SELECT inside. */
    public Select select() {
        return select;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable SqlType<T> type() {
        return select.columns().size() == 1 && select.columns().get(0) instanceof Expression<?> e
                ? (SqlType<T>) e.type() : null;
    }

    @Override
    public void collectFroms(Set<FromClause> froms) {
        // the subquery's FROM list stays inside it
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(select);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(ScalarSubquery.class).element(select);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitScalarSubquery(this);
    }
}
