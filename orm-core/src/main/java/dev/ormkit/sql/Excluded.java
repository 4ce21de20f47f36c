package dev.ormkit.sql;


/**
 * In an upsert's SET list, the value the INSERT proposed for a column: {@code EXCLUDED.col}
 * on PostgreSQL and SQLite, {@code VALUES(col)} on MySQL/MariaDB, the source row in H2's MERGE.
 */
final class Excluded<T> extends Expression<T> {
    private final ColumnExpression<T> column;

    Excluded(ColumnExpression<T> column) {
        this.column = column;
    }

    public ColumnExpression<T> column() {
        return column;
    }

    @Override
    public SqlType<T> type() {
        return column.type();
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Excluded.class).add(column);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitExcluded(this);
    }
}
