package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import dev.ormkit.schema.Table;

/** {@code DELETE FROM table WHERE ...}. */
public final class Delete extends ClauseElement implements Executable {
    private final Table table;
    private final List<Expression<Boolean>> where;
    private final List<Expression<?>> returning;

    Delete(Table table) {
        this(table, List.of(), List.of());
    }

    private Delete(Table table, List<Expression<Boolean>> where, List<Expression<?>> returning) {
        this.table = table;
        this.where = List.copyOf(where);
        this.returning = List.copyOf(returning);
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    public final Delete where(Expression<Boolean>... conditions) {
        List<Expression<Boolean>> w = new ArrayList<>(where);
        w.addAll(Arrays.asList(conditions));
        return new Delete(table, w, returning);
    }

    /** {@code RETURNING ...} where the database supports it. */
    public Delete returning(Expression<?>... columns) {
        return new Delete(table, where, Arrays.asList(columns));
    }

    public Table table() {
        return table;
    }

    public List<Expression<Boolean>> whereClauses() {
        return where;
    }

    public List<Expression<?>> returningColumns() {
        return returning;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.DELETE;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        where.forEach(visitor);
        returning.forEach(visitor);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.add(Delete.class).add(table).elements(where).elements(returning);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitDelete(this);
    }
}
