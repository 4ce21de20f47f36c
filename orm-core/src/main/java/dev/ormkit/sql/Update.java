package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;

/** {@code UPDATE table SET ... WHERE ...}, immutable like every statement. */
public final class Update extends ClauseElement implements Executable {
    private final Table table;
    private final Map<Column<?>, Expression<?>> values;
    private final List<Expression<Boolean>> where;
    private final List<Expression<?>> returning;

    Update(Table table) {
        this(table, Map.of(), List.of(), List.of());
    }

    private Update(Table table, Map<Column<?>, Expression<?>> values, List<Expression<Boolean>> where,
                   List<Expression<?>> returning) {
        this.table = table;
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.where = List.copyOf(where);
        this.returning = List.copyOf(returning);
    }

    /** SET assignments: keys are columns or names, values Java values or expressions. */
    public Update values(Map<?, ?> assignments) {
        Map<Column<?>, Expression<?>> merged = new LinkedHashMap<>(values);
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

    public Table table() {
        return table;
    }

    public Map<Column<?>, Expression<?>> assignments() {
        return values;
    }

    public List<Expression<Boolean>> whereClauses() {
        return where;
    }

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
    public void appendCacheKey(CacheKey.Builder key) {
        key.add(Update.class).add(table);
        DmlSupport.appendAssignments(key, values);
        key.elements(where).elements(returning);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitUpdate(this);
    }
}
