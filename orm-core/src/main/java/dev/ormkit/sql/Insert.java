package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.CompileException;
import org.jspecify.annotations.Nullable;

/**
 * An INSERT. Values are given here ({@link #values(Map)}, several rows with
 * {@link #values(List)}), or per execution: {@code conn.execute(insert(t), rows)} runs one
 * multi-row INSERT per batch. Upserts render in each database's own syntax.
 */
public final class Insert extends ClauseElement implements Executable {
    private final TableClause table;
    private final List<Map<ColumnExpression<?>, Expression<?>>> rows;
    private final @Nullable Select fromSelect;
    private final List<ColumnExpression<?>> fromSelectColumns;
    private final List<Expression<?>> returning;
    private final @Nullable Upsert upsert;

    Insert(TableClause table) {
        this(table, List.of(), null, List.of(), List.of(), null);
    }

    private Insert(TableClause table, List<Map<ColumnExpression<?>, Expression<?>>> rows, @Nullable Select fromSelect,
                   List<ColumnExpression<?>> fromSelectColumns, List<Expression<?>> returning, @Nullable Upsert upsert) {
        this.table = table;
        this.rows = List.copyOf(rows);
        this.fromSelect = fromSelect;
        this.fromSelectColumns = List.copyOf(fromSelectColumns);
        this.returning = List.copyOf(returning);
        this.upsert = upsert;
    }

    /** One row: keys are columns or column names, values Java values or expressions. */
    public Insert values(Map<?, ?> row) {
        return new Insert(table, List.of(DmlSupport.assignments(table, row)), null, List.of(), returning, upsert);
    }

    /** Several rows in one multi-row {@code VALUES} list; every row must name the same columns. */
    public Insert values(List<? extends Map<?, ?>> manyRows) {
        if (manyRows.isEmpty()) {
            throw new ArgumentException("values(List) needs at least one row");
        }
        List<Map<ColumnExpression<?>, Expression<?>>> out = new ArrayList<>();
        for (Map<?, ?> row : manyRows) {
            Map<ColumnExpression<?>, Expression<?>> a = DmlSupport.assignments(table, row);
            if (!out.isEmpty() && !out.get(0).keySet().equals(a.keySet())) {
                throw new ArgumentException("Every row of a multi-row INSERT into " + table.name()
                        + " must name the same columns: " + out.get(0).keySet() + " vs " + a.keySet());
            }
            out.add(a);
        }
        return new Insert(table, out, null, List.of(), returning, upsert);
    }

    /** {@code INSERT INTO t (cols) SELECT ...}. */
    public Insert fromSelect(List<? extends ColumnExpression<?>> columns, Select select) {
        return new Insert(table, List.of(), select, new ArrayList<>(columns), returning, upsert);
    }

    /** {@code RETURNING ...} (PostgreSQL, SQLite, MariaDB; H2 and MySQL through generated keys). */
    public Insert returning(Expression<?>... columns) {
        return new Insert(table, rows, fromSelect, fromSelectColumns, Arrays.asList(columns), upsert);
    }

    /**
     * Upsert: when a row with the same {@code conflictColumns} exists, update it with
     * {@code set} (values or expressions such as {@link Sql#excluded}). Rendered as
     * {@code ON CONFLICT DO UPDATE} (PostgreSQL, SQLite), {@code ON DUPLICATE KEY UPDATE}
     * (MySQL, MariaDB, which use the table's unique keys) or {@code MERGE} (H2).
     */
    public Insert onConflictDoUpdate(List<? extends ColumnExpression<?>> conflictColumns, Map<?, ?> set) {
        if (set.isEmpty()) {
            throw new ArgumentException("onConflictDoUpdate needs at least one column to update");
        }
        return withUpsert(new Upsert(new ArrayList<>(conflictColumns), DmlSupport.assignments(table, set)));
    }

    /** Upsert that keeps the existing row: {@code ON CONFLICT DO NOTHING} and its equivalents. */
    public Insert onConflictDoNothing(List<? extends ColumnExpression<?>> conflictColumns) {
        return withUpsert(new Upsert(new ArrayList<>(conflictColumns), Map.of()));
    }

    /**
     * MySQL's spelling of {@link #onConflictDoUpdate}: the conflict is on whichever unique key
     * (or primary key) the inserted columns fully cover. MySQL and MariaDB need no more; on the
     * other databases that key must be the only one covered, see {@link #conflictTarget()}.
     */
    public Insert onDuplicateKeyUpdate(Map<?, ?> set) {
        if (set.isEmpty()) {
            throw new ArgumentException("onDuplicateKeyUpdate needs at least one column to update");
        }
        return withUpsert(new Upsert(List.of(), DmlSupport.assignments(table, set)));
    }

    private Insert withUpsert(Upsert spec) {
        return new Insert(table, rows, fromSelect, fromSelectColumns, returning, spec);
    }

    /**
     * This statement as a data-modifying common table expression named {@code name}, its
     * columns those of {@code returning(...)}:
     * {@code WITH moved AS (INSERT ... RETURNING ...) INSERT INTO archive SELECT ... FROM moved}.
     * PostgreSQL runs these; elsewhere compiling is a CompileException naming the database.
     */
    public Cte cte(String name) {
        return Cte.ofDml(this, name, returning);
    }

    /** The table inserted into. */
    public TableClause table() {
        return table;
    }

    /** The rows given with {@code values}; empty when values come with the execution. */
    public List<Map<ColumnExpression<?>, Expression<?>>> rows() {
        return rows;
    }

    /** The SELECT of {@code INSERT ... SELECT}, or null. */
    public @Nullable Select fromSelect() {
        return fromSelect;
    }

    /** The columns {@code INSERT ... SELECT} fills, in order. */
    public List<ColumnExpression<?>> fromSelectColumns() {
        return fromSelectColumns;
    }

    /** The RETURNING columns; empty when none. */
    public List<Expression<?>> returningColumns() {
        return returning;
    }

    /** The upsert clause, or null for a plain INSERT. */
    public @Nullable Upsert upsert() {
        return upsert;
    }

    /**
     * The columns an upsert matches existing rows on: those given to {@code onConflictDoUpdate}
     * or {@code onConflictDoNothing}, else the one primary or unique key whose columns are all
     * inserted.
     *
     * @throws CompileException when no key, or more than one, is covered by the inserted columns
     */
    public List<ColumnExpression<?>> conflictTarget() {
        if (upsert != null && !upsert.conflictColumns().isEmpty()) {
            return upsert.conflictColumns();
        }
        Set<ColumnExpression<?>> inserted = new HashSet<>(fromSelect != null
                ? (fromSelectColumns.isEmpty() ? table.columns() : fromSelectColumns)
                : rows.isEmpty() ? List.of() : rows.get(0).keySet());
        List<List<ColumnExpression<?>>> keys = new ArrayList<>();
        for (List<String> names : table.uniqueKeyColumnNames()) {
            List<ColumnExpression<?>> cols = new ArrayList<>();
            names.forEach(n -> cols.add(table.c(n)));
            keys.add(cols);
        }
        List<List<ColumnExpression<?>>> covered = new ArrayList<>();
        for (List<ColumnExpression<?>> key : keys) {
            if (inserted.containsAll(key) && !covered.contains(key)) {
                covered.add(key);
            }
        }
        if (covered.size() == 1) {
            return covered.get(0);
        }
        throw new CompileException((covered.isEmpty()
                ? "The upsert into " + table.name() + " inserts no complete primary or unique key"
                : "The upsert into " + table.name() + " inserts several keys " + names(covered))
                + "; name the conflict columns with onConflictDoUpdate(columns, set)");
    }

    private static String names(List<List<ColumnExpression<?>>> keys) {
        List<String> out = new ArrayList<>();
        for (List<ColumnExpression<?>> key : keys) {
            List<String> cols = new ArrayList<>();
            key.forEach(c -> cols.add(c.name()));
            out.add("(" + String.join(", ", cols) + ")");
        }
        return String.join(" and ", out);
    }

    /**
     * This INSERT with one named parameter per column in {@code columnNames}, to be run with
     * parameter maps ({@code executemany}).
     */
    public Insert withNamedParameters(List<String> columnNames) {
        Map<ColumnExpression<?>, Expression<?>> row = new LinkedHashMap<>();
        for (String n : columnNames) {
            ColumnExpression<?> c = table.c(n);
            row.put(c, namedFor(c));
        }
        return new Insert(table, List.of(row), null, List.of(), returning, upsert);
    }

    private static <T> BindParam<T> namedFor(ColumnExpression<T> c) {
        return BindParam.named(c.name(), c.type());
    }

    @Override
    public StatementKind kind() {
        return StatementKind.INSERT;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        for (Map<ColumnExpression<?>, Expression<?>> row : rows) {
            row.values().forEach(visitor);
        }
        if (fromSelect != null) {
            visitor.accept(fromSelect);
        }
        returning.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Insert.class).add(table).add(rows.size());
        for (Map<ColumnExpression<?>, Expression<?>> row : rows) {
            DmlSupport.appendAssignments(key, row);
        }
        key.element(fromSelect).add(fromSelectColumns.size());
        for (ColumnExpression<?> c : fromSelectColumns) {
            key.add(c);
        }
        key.elements(returning);
        if (upsert == null) {
            key.add(null);
        } else {
            key.add(upsert.conflictColumns().size());
            for (ColumnExpression<?> c : upsert.conflictColumns()) {
                key.add(c);
            }
            DmlSupport.appendAssignments(key, upsert.set());
        }
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitInsert(this);
    }

    /** The conflict target and the assignments of an upsert; no assignments means DO NOTHING. */
    public record Upsert(List<ColumnExpression<?>> conflictColumns, Map<ColumnExpression<?>, Expression<?>> set) {
        /** Copies the conflict columns and the assignments, keeping their order. */
        public Upsert {
            conflictColumns = List.copyOf(conflictColumns);
            set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
        }

        /** True when the upsert has no assignments: {@code DO NOTHING} (or its equivalent) on conflict. */
        public boolean doNothing() {
            return set.isEmpty();
        }
    }
}
