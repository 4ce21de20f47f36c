package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Collections;

/**
 * {@code UPDATE table SET ... WHERE ...}, immutable like every statement. Conditions or values
 * that refer to other tables make it an {@code UPDATE ... FROM} (PostgreSQL, SQLite) or a
 * multi-table {@code UPDATE t, other SET ...} (MySQL, MariaDB); H2 has neither, and compiling
 * one there is a CompileException naming the database.
 */
public final class Update extends ClauseElement implements Executable {
    private final TableClause table;
    private final Map<ColumnExpression<?>, Expression<?>> values;
    private final List<Expression<Boolean>> where;
    private final List<Expression<?>> returning;

    Update(TableClause table) {
        this(table, Map.of(), List.of(), List.of());
    }

    private Update(TableClause table, Map<ColumnExpression<?>, Expression<?>> values, List<Expression<Boolean>> where,
                   List<Expression<?>> returning) {
        this.table = table;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.where = List.copyOf(where);
        this.returning = List.copyOf(returning);
    }

    /** SET assignments: keys are columns or names, values Java values or expressions. */
    public Update values(Map<?, ?> assignments) {
        Map<ColumnExpression<?>, Expression<?>> merged = new LinkedHashMap<>(values);
        merged.putAll(DmlSupport.assignments(table, assignments));
        return new Update(table, merged, where, returning);
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    public final Update where(Expression<Boolean>... conditions) {
        List<Expression<Boolean>> w = new ArrayList<>(where);
        w.addAll(Arrays.asList(conditions));
        return new Update(table, values, w, returning);
    }

    /** {@code RETURNING ...} where the database supports it. */
    public Update returning(Expression<?>... columns) {
        return new Update(table, values, where, Arrays.asList(columns));
    }

    /**
     * This statement as a data-modifying common table expression named {@code name}, its
     * columns those of {@code returning(...)}:
     * {@code WITH moved AS (UPDATE ... RETURNING ...) INSERT INTO archive SELECT ... FROM moved}.
     * PostgreSQL runs these; elsewhere compiling is a CompileException naming the database.
     */
    public Cte cte(String name) {
        return Cte.ofDml(this, name, returning);
    }


    /**
     * The FROM clauses besides the target table that the statement's conditions and values refer to:
     * the tables of {@code UPDATE ... FROM} (SQLAlchemy infers them the same way).
     */
    public List<FromClause> extraFroms() {
        LinkedHashSet<FromClause> set = new LinkedHashSet<>();
        values.values().forEach(v -> v.collectFroms(set));
        where.forEach(w -> w.collectFroms(set));
        set.remove(table);
        List<FromClause> out = new ArrayList<>(set);
        out.removeIf(f -> out.stream().anyMatch(o -> o != f && o.covers(f)));
        return out;
    }

    /** The table updated. */
    public TableClause table() {
        return table;
    }

    /** The SET assignments, column to new value, in order. */
    public Map<ColumnExpression<?>, Expression<?>> assignments() {
        return values;
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
        return StatementKind.UPDATE;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        values.values().forEach(visitor);
        where.forEach(visitor);
        returning.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Update.class).add(table);
        DmlSupport.appendAssignments(key, values);
        key.elements(where).elements(returning);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitUpdate(this);
    }
}
