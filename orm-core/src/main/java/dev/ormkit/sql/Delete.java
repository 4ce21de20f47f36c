package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code DELETE FROM table WHERE ...}. Conditions that refer to other tables make it a
 * {@code DELETE ... USING} (PostgreSQL, MySQL, MariaDB); SQLite and H2 have none, and compiling
 * one there is a CompileException naming the database (a correlated {@code EXISTS} does the job).
 */
public final class Delete extends ClauseElement implements Executable {
    private final TableClause table;
    private final List<Expression<Boolean>> where;
    private final List<Expression<?>> returning;

    Delete(TableClause table) {
        this(table, List.of(), List.of());
    }

    private Delete(TableClause table, List<Expression<Boolean>> where, List<Expression<?>> returning) {
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

    /**
     * This statement as a data-modifying common table expression named {@code name}, its
     * columns those of {@code returning(...)}:
     * {@code WITH moved AS (DELETE ... RETURNING ...) INSERT INTO archive SELECT ... FROM moved}.
     * PostgreSQL runs these; elsewhere compiling is a CompileException naming the database.
     */
    public Cte cte(String name) {
        return Cte.ofDml(this, name, returning);
    }


    /**
     * The FROM clauses besides the target table that the statement's conditions refer to:
     * the tables of {@code DELETE ... USING} (SQLAlchemy infers them the same way).
     */
    public List<FromClause> extraFroms() {
        LinkedHashSet<FromClause> set = new LinkedHashSet<>();
        where.forEach(w -> w.collectFroms(set));
        set.remove(table);
        List<FromClause> out = new ArrayList<>(set);
        out.removeIf(f -> out.stream().anyMatch(o -> o != f && o.covers(f)));
        return out;
    }

    /** The table rows are deleted from. */
    public TableClause table() {
        return table;
    }

    /** The WHERE conditions, joined with AND when rendered. */
    public List<Expression<Boolean>> whereClauses() {
        return where;
    }

    /** The RETURNING columns; empty when none. */
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
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Delete.class).add(table).elements(where).elements(returning);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitDelete(this);
    }
}
