package dev.ormkit.sql;

import java.util.Set;
import java.util.function.Consumer;

/** {@code EXISTS (SELECT ...)}. */
public final class Exists extends Expression<Boolean> {
    private final Select select;

    Exists(Select select) {
        this.select = select;
    }

    /** The SELECT inside {@code EXISTS (...)}. */
    public Select select() {
        return select;
    }

    @Override
    public SqlType<Boolean> type() {
        return StandardTypes.BOOLEAN;
    }

    @Override
    public void collectFroms(Set<FromClause> froms) {
        // correlated: nothing leaks into the enclosing FROM list
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(select);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Exists.class).element(select);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitExists(this);
    }
}
