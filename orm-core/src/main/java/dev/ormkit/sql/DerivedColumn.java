package dev.ormkit.sql;

import org.jspecify.annotations.Nullable;

/** A column seen through an alias or a derived table ({@code alias.name}). */
public final class DerivedColumn<T> extends ColumnExpression<T> {
    private final FromClause from;
    private final String name;
    private final @Nullable SqlType<T> type;

    DerivedColumn(FromClause from, String name, @Nullable SqlType<T> type) {
        this.from = from;
        this.name = name;
        this.type = type;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public FromClause from() {
        return from;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return type;
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(DerivedColumn.class).element(from).add(name).addType(type);
    }
}
