package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A SELECT statement, built step by step; every step returns a new {@code Select} and leaves
 * this one as it was (so a base query can be shared and refined).
 *
 * <p>The FROM list is derived from the columns and conditions unless given with
 * {@link #selectFrom}; a SELECT nested in another correlates the tables the enclosing one
 * already has, as SQLAlchemy's auto-correlation does.
 */
public final class Select extends ClauseElement implements Executable {
    private final List<ClauseElement> columns;
    private final List<FromClause> froms;
    private final List<Expression<Boolean>> where;
    private final List<Expression<?>> groupBy;
    private final List<Expression<Boolean>> having;
    private final List<OrderByItem> orderBy;
    /** LIMIT and OFFSET are bound values, so that paging through results reuses one compilation. */
    private final @Nullable BindParam<Long> limit;
    private final @Nullable BindParam<Long> offset;
    private final boolean distinct;
    /** {@code DISTINCT ON (...)} expressions; empty for none. */
    private final List<Expression<?>> distinctOn;
    /** The row lock ({@code FOR UPDATE} and its options), or null. */
    private final @Nullable ForUpdate forUpdate;
    private final boolean correlate;
    /**
     * This statement's shape as the statement cache reads it, written on first run and kept:
     * the statement cannot change, so one run again (a loader's prepared SELECT) is not walked again.
     */
    private volatile CacheKey.@Nullable Builder shape;

    /** The statement cache's key of this statement, written once. */
    CacheKey.Builder shape() {
        CacheKey.Builder b = shape;
        if (b == null) {
            b = CacheKey.write(this);
            shape = b;
        }
        return b;
    }

    Select(List<ClauseElement> columns) {
        this(columns, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, false, List.of(), null, true);
    }

    private Select(List<ClauseElement> columns, List<FromClause> froms, List<Expression<Boolean>> where,
                   List<Expression<?>> groupBy, List<Expression<Boolean>> having, List<OrderByItem> orderBy,
                   @Nullable BindParam<Long> limit, @Nullable BindParam<Long> offset, boolean distinct,
                   List<Expression<?>> distinctOn, @Nullable ForUpdate forUpdate, boolean correlate) {
        this.columns = List.copyOf(columns);
        this.froms = List.copyOf(froms);
        this.where = List.copyOf(where);
        this.groupBy = List.copyOf(groupBy);
        this.having = List.copyOf(having);
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
        this.distinct = distinct;
        this.distinctOn = List.copyOf(distinctOn);
        this.forUpdate = forUpdate;
        this.correlate = correlate;
    }

    private Select with(List<ClauseElement> columns, List<FromClause> froms, List<Expression<Boolean>> where,
                        List<Expression<?>> groupBy, List<Expression<Boolean>> having, List<OrderByItem> orderBy,
                        @Nullable BindParam<Long> limit, @Nullable BindParam<Long> offset, boolean distinct,
                        @Nullable ForUpdate forUpdate, boolean correlate) {
        return new Select(columns, froms, where, groupBy, having, orderBy, limit, offset, distinct, distinctOn,
                forUpdate, correlate);
    }

    private static <E> List<E> plus(List<E> list, List<? extends E> more) {
        List<E> out = new ArrayList<>(list.size() + more.size());
        out.addAll(list);
        out.addAll(more);
        return out;
    }

    // --- building ----------------------------------------------------------------------------

    /** Adds columns (expressions, tables, mapped classes) to the SELECT list. */
    public Select addColumns(Object... more) {
        return with(plus(columns, Sql.selectables(more)), froms, where, groupBy, having, orderBy, limit, offset,
                distinct, forUpdate, correlate);
    }

    /** Replaces the SELECT list, keeping everything else. */
    public Select withOnlyColumns(Object... replacement) {
        return with(Sql.selectables(replacement), froms, where, groupBy, having, orderBy, limit, offset,
                distinct, forUpdate, correlate);
    }

    /** Names FROM clauses explicitly (tables, joins, derived tables). */
    public Select selectFrom(FromClause... from) {
        return with(columns, plus(froms, Arrays.asList(from)), where, groupBy, having, orderBy, limit, offset,
                distinct, forUpdate, correlate);
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    public final Select where(Expression<Boolean>... conditions) {
        return where(Arrays.asList(conditions));
    }

    /** Adds WHERE conditions, joined with AND. */
    public Select where(List<? extends Expression<Boolean>> conditions) {
        return with(columns, froms, plus(where, conditions), groupBy, having, orderBy, limit, offset,
                distinct, forUpdate, correlate);
    }

    /** {@code JOIN target}, from the leftmost FROM; ON inferred from the foreign key. */
    public Select join(FromClause target) {
        return joinFrom(target, null, false);
    }

    /** {@code JOIN target ON condition}. */
    public Select join(FromClause target, Expression<Boolean> onClause) {
        return joinFrom(target, onClause, false);
    }

    /** {@code LEFT OUTER JOIN target}, ON inferred. */
    public Select outerJoin(FromClause target) {
        return joinFrom(target, null, true);
    }

    /** {@code LEFT OUTER JOIN target ON condition}. */
    public Select outerJoin(FromClause target, Expression<Boolean> onClause) {
        return joinFrom(target, onClause, true);
    }

    private Select joinFrom(FromClause target, @Nullable Expression<Boolean> onClause, boolean outer) {
        List<FromClause> current = new ArrayList<>(froms);
        if (current.isEmpty()) {
            current.addAll(derivedFroms());
        }
        if (current.isEmpty()) {
            throw new ArgumentException("Nothing to join from: the SELECT has no FROM clause yet");
        }
        // Join onto the FROM that can reach the target, preferring the leftmost, as SQLAlchemy does.
        int index = 0;
        if (onClause == null) {
            for (int i = 0; i < current.size(); i++) {
                try {
                    Join.inferOnClause(current.get(i), target);
                    index = i;
                    break;
                } catch (ArgumentException e) {
                    // try the next FROM
                }
            }
        }
        FromClause left = current.get(index);
        current.set(index, new Join(left, target, onClause, outer, false));
        // a table the new join now covers must not stay a separate FROM
        current.removeIf(f -> f != current.get(0) && current.stream().anyMatch(o -> o != f && o.covers(f)));
        return with(columns, current, where, groupBy, having, orderBy, limit, offset, distinct, forUpdate, correlate);
    }

    /** GROUP BY. */
    public Select groupBy(Expression<?>... expressions) {
        return with(columns, froms, where, plus(groupBy, Arrays.asList(expressions)), having, orderBy, limit, offset,
                distinct, forUpdate, correlate);
    }

    /** HAVING conditions, joined with AND. */
    @SafeVarargs
    public final Select having(Expression<Boolean>... conditions) {
        return with(columns, froms, where, groupBy, plus(having, Arrays.asList(conditions)), orderBy, limit, offset,
                distinct, forUpdate, correlate);
    }

    /** ORDER BY; pass {@code col.desc()}, {@code col.asc().nullsLast()} or a bare expression. */
    public Select orderBy(ClauseElement... items) {
        List<OrderByItem> more = new ArrayList<>();
        for (ClauseElement e : items) {
            more.add(OrderByItem.of(e));
        }
        return with(columns, froms, where, groupBy, having, plus(orderBy, more), limit, offset, distinct, forUpdate,
                correlate);
    }

    /** LIMIT, rendered in the dialect's syntax. */
    public Select limit(long rows) {
        if (rows < 0) {
            throw new ArgumentException("limit must not be negative, got " + rows);
        }
        return with(columns, froms, where, groupBy, having, orderBy, new BindParam<>(rows, null), offset, distinct,
                forUpdate, correlate);
    }

    /** OFFSET, rendered in the dialect's syntax. */
    public Select offset(long rows) {
        if (rows < 0) {
            throw new ArgumentException("offset must not be negative, got " + rows);
        }
        return with(columns, froms, where, groupBy, having, orderBy, limit, new BindParam<>(rows, null), distinct,
                forUpdate, correlate);
    }

    /** SELECT DISTINCT. */
    public Select distinct() {
        return with(columns, froms, where, groupBy, having, orderBy, limit, offset, true, forUpdate, correlate);
    }

    /**
     * {@code SELECT DISTINCT ON (expressions)}: one row per distinct value of the expressions,
     * the first by ORDER BY (which should start with them). SQLAlchemy's
     * {@code select(...).distinct(*expr)}. PostgreSQL has it; elsewhere compiling is a
     * {@link dev.ormkit.exc.CompileException} naming the database.
     */
    public Select distinctOn(Expression<?>... expressions) {
        if (expressions.length == 0) {
            throw new ArgumentException("distinctOn() needs at least one expression; use distinct() for SELECT DISTINCT");
        }
        return new Select(columns, froms, where, groupBy, having, orderBy, limit, offset, distinct,
                plus(distinctOn, Arrays.asList(expressions)), forUpdate, correlate);
    }

    /**
     * {@code SELECT ... FOR UPDATE}: locks the selected rows until the transaction ends.
     * SQLite, which has no row locks (a write transaction locks the whole database), renders
     * nothing for a plain FOR UPDATE; see {@link #withForUpdate} for the options.
     */
    public Select forUpdate() {
        return withForUpdate(ForUpdate.update());
    }

    /** {@code SELECT ... FOR SHARE} ({@code LOCK IN SHARE MODE} on MariaDB); a CompileException on H2 and SQLite. */
    public Select forShare() {
        return withForUpdate(ForUpdate.share());
    }

    /**
     * A row lock with options, SQLAlchemy's {@code with_for_update(nowait=, read=, of=,
     * skip_locked=)}: {@code withForUpdate(ForUpdate.update().skipLocked())}. An option the
     * database lacks fails to compile with a CompileException naming the database.
     */
    public Select withForUpdate(ForUpdate lock) {
        return with(columns, froms, where, groupBy, having, orderBy, limit, offset, distinct, lock, correlate);
    }

    /** Turns off auto-correlation: a nested SELECT keeps all of its own FROM clauses. */
    public Select correlateNone() {
        return with(columns, froms, where, groupBy, having, orderBy, limit, offset, distinct, forUpdate, false);
    }

    // --- turning into other things -------------------------------------------------------

    /** This SELECT as a value: {@code (SELECT ...)}. SQLAlchemy's {@code scalar_subquery()}. */
    public <T> ScalarSubquery<T> scalarSubquery() {
        return new ScalarSubquery<>(this);
    }

    /**
     * This SELECT as a common table expression named {@code name}, for use in FROM and joins:
     * {@code WITH name AS (SELECT ...)}. SQLAlchemy's {@code select(...).cte("name")}.
     */
    public Cte cte(String name) {
        return cte(name, false);
    }

    /**
     * This SELECT as a common table expression; with {@code recursive} true, the anchor of a
     * recursive one, completed by {@link Cte#unionAll} (SQLAlchemy's {@code cte("name", recursive=True)}).
     */
    public Cte cte(String name, boolean recursive) {
        List<String> names = new ArrayList<>();
        List<Expression<?>> exprs = new ArrayList<>();
        Sql.resultColumns(this, names, exprs);
        return new Cte(this, name, recursive, names, exprs);
    }

    /**
     * This SELECT as a {@code LATERAL} derived table named {@code name}: it may refer to the
     * FROM clauses left of it. SQLAlchemy's {@code select(...).lateral("name")}. PostgreSQL
     * and MySQL have it; elsewhere compiling is a CompileException naming the database.
     */
    public Subquery lateral(String name) {
        List<String> names = new ArrayList<>();
        List<Expression<?>> exprs = new ArrayList<>();
        Sql.resultColumns(this, names, exprs);
        return new Subquery(this, name, names, exprs, true);
    }

    /** This SELECT as a derived table named {@code name}. */
    public Subquery subquery(String name) {
        List<String> names = new ArrayList<>();
        List<Expression<?>> exprs = new ArrayList<>();
        Sql.resultColumns(this, names, exprs);
        return new Subquery(this, name, names, exprs);
    }

    /** {@code EXISTS (this)}. */
    public Exists exists() {
        return new Exists(this);
    }

    /** {@code this UNION others}: the rows of all, duplicates removed. */
    public CompoundSelect union(Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, this, others);
    }

    /** {@code this UNION ALL others}: the rows of all, duplicates kept. */
    public CompoundSelect unionAll(Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, this, others);
    }

    /** {@code this INTERSECT others}: the rows found in every SELECT. */
    public CompoundSelect intersect(Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, this, others);
    }

    /** {@code this EXCEPT others}: the rows of this SELECT found in none of the others. */
    public CompoundSelect except(Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, this, others);
    }

    /** {@code INTERSECT ALL}: keeps duplicates; not on SQLite. */
    public CompoundSelect intersectAll(Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT_ALL, this, others);
    }

    /** {@code EXCEPT ALL}: subtracts row by row; not on SQLite. */
    public CompoundSelect exceptAll(Select... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT_ALL, this, others);
    }

    // --- reading -------------------------------------------------------------------------

    /** The SELECT list: expressions, tables and mapped classes, as given. */
    public List<ClauseElement> columns() {
        return columns;
    }

    /** The FROM clauses given explicitly ({@code selectFrom}, joins); see {@link #derivedFroms()} for all. */
    public List<FromClause> froms() {
        return froms;
    }

    /** The WHERE conditions, joined with AND when rendered. */
    public List<Expression<Boolean>> whereClauses() {
        return where;
    }

    /** The GROUP BY expressions. */
    public List<Expression<?>> groupByClauses() {
        return groupBy;
    }

    /** The HAVING conditions, joined with AND when rendered. */
    public List<Expression<Boolean>> havingClauses() {
        return having;
    }

    /** The ORDER BY items. */
    public List<OrderByItem> orderByItems() {
        return orderBy;
    }

    /** The LIMIT, or null when there is none. */
    public @Nullable Long limitValue() {
        return limit == null ? null : limit.value();
    }

    /** The OFFSET, or null when there is none. */
    public @Nullable Long offsetValue() {
        return offset == null ? null : offset.value();
    }

    @Nullable BindParam<Long> limitParameter() {
        return limit;
    }

    @Nullable BindParam<Long> offsetParameter() {
        return offset;
    }

    /** True for {@code SELECT DISTINCT}. */
    public boolean isDistinct() {
        return distinct;
    }

    /** True when the SELECT takes a row lock of any kind. */
    public boolean isForUpdate() {
        return forUpdate != null;
    }

    /** The row lock, or null. */
    public @Nullable ForUpdate lock() {
        return forUpdate;
    }

    /** The {@code DISTINCT ON} expressions; empty when none. */
    public List<Expression<?>> distinctOnExpressions() {
        return distinctOn;
    }

    /**
     * True unless {@link #correlateNone()} was called: nested in another SELECT, this one leaves
     * out of its FROM list the tables the enclosing one already has.
     */
    public boolean correlates() {
        return correlate;
    }

    /** The FROM clauses this SELECT needs: explicit ones, then those its parts refer to. */
    public List<FromClause> derivedFroms() {
        LinkedHashSet<FromClause> set = new LinkedHashSet<>(froms);
        for (ClauseElement c : columns) {
            c.collectFroms(set);
        }
        where.forEach(w -> w.collectFroms(set));
        groupBy.forEach(g -> g.collectFroms(set));
        having.forEach(h -> h.collectFroms(set));
        orderBy.forEach(o -> o.collectFroms(set));
        distinctOn.forEach(d -> d.collectFroms(set));
        List<FromClause> out = new ArrayList<>(set);
        // drop what a join already covers
        out.removeIf(f -> out.stream().anyMatch(o -> o != f && o.covers(f)));
        return out;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.SELECT;
    }

    @Override
    public void collectFroms(Set<FromClause> out) {
        // a nested SELECT keeps its FROM list to itself
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        columns.forEach(visitor);
        froms.forEach(visitor);
        where.forEach(visitor);
        groupBy.forEach(visitor);
        having.forEach(visitor);
        orderBy.forEach(visitor);
        distinctOn.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Select.class).elements(columns).elements(froms).elements(where).elements(groupBy)
                .elements(having).elements(orderBy).element(limit).element(offset)
                .add(distinct).elements(distinctOn).add(correlate);
        if (forUpdate == null) {
            key.add(null);
        } else {
            forUpdate.appendCacheKey(key);
        }
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitSelect(this);
    }
}
