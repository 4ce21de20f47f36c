package dev.ormkit.sql;

import org.jspecify.annotations.Nullable;

/**
 * SQL text rendered as is: {@code *}, a keyword, a server default. Only ormkit and
 * {@link Sql#literalColumn} make these; user values never become literals.
 */
final class SqlLiteral<T> extends Expression<T> {
    private final String sql;
    private final @Nullable SqlType<T> type;

    SqlLiteral(String sql, @Nullable SqlType<T> type) {
        this.sql = sql;
        this.type = type;
    }

    public String sql() {
        return sql;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return type;
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(SqlLiteral.class).add(sql).addType(type);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitLiteral(this);
    }
}
