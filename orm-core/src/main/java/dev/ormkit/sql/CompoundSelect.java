package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code SELECT ... UNION [ALL] | INTERSECT | EXCEPT SELECT ...}, with its own ORDER BY and LIMIT. */
public final class CompoundSelect extends ClauseElement implements Executable {
    /** The set operation. */
    public enum Kind {
        /** The rows of all, duplicates removed. */
        UNION("UNION"),
        /** The rows of all, duplicates kept. */
        UNION_ALL("UNION ALL"),
        /** The rows found in every SELECT, duplicates removed. */
        INTERSECT("INTERSECT"),
        /** The rows found in every SELECT, as often as in each; not on SQLite. */
        INTERSECT_ALL("INTERSECT ALL"),
        /** The rows of the first SELECT found in none of the others, duplicates removed. */
        EXCEPT("EXCEPT"),
        /** The rows of the first SELECT less those of the others, row by row; not on SQLite. */
        EXCEPT_ALL("EXCEPT ALL");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        /** The keyword as SQL spells it ({@code UNION ALL}). */
        public String sql() {
            return sql;
        }
    }

    private final Kind kind;
    private final List<Select> selects;
    private final List<OrderByItem> orderBy;
    /** Bound, as a SELECT's are. */
    private final @Nullable BindParam<Long> limit;
    private final @Nullable BindParam<Long> offset;

    private CompoundSelect(Kind kind, List<Select> selects, List<OrderByItem> orderBy,
                           @Nullable BindParam<Long> limit, @Nullable BindParam<Long> offset) {
        this.kind = kind;
        this.selects = List.copyOf(selects);
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
    }

    static CompoundSelect of(Kind kind, Select first, Select... others) {
        List<Select> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(others));
        return new CompoundSelect(kind, all, List.of(), null, null);
    }

    /** The set operation combining the SELECTs. */
    public Kind operation() {
        return kind;
    }

    /** The SELECTs combined, in order. */
    public List<Select> selects() {
        return selects;
    }

    /** The ORDER BY items of the combined result. */
    public List<OrderByItem> orderByItems() {
        return orderBy;
    }

    /** The LIMIT of the combined result, or null when there is none. */
    public @Nullable Long limitValue() {
        return limit == null ? null : limit.value();
    }

    /** The OFFSET of the combined result, or null when there is none. */
    public @Nullable Long offsetValue() {
        return offset == null ? null : offset.value();
    }

    @Nullable BindParam<Long> limitParameter() {
        return limit;
    }

    @Nullable BindParam<Long> offsetParameter() {
        return offset;
    }

    /** ORDER BY over the combined result. */
    public CompoundSelect orderBy(ClauseElement... items) {
        List<OrderByItem> more = new ArrayList<>(orderBy);
        for (ClauseElement e : items) {
            more.add(OrderByItem.of(e));
        }
        return new CompoundSelect(kind, selects, more, limit, offset);
    }

    /** The combined result limited to {@code rows} rows. */
    public CompoundSelect limit(long rows) {
        return new CompoundSelect(kind, selects, orderBy, new BindParam<>(rows, null), offset);
    }

    /** The combined result without its first {@code rows} rows. */
    public CompoundSelect offset(long rows) {
        return new CompoundSelect(kind, selects, orderBy, limit, new BindParam<>(rows, null));
    }

    /** The combined result as a common table expression named {@code name} ({@code WITH name AS (...)}). */
    public Cte cte(String name) {
        List<String> names = new ArrayList<>();
        List<Expression<?>> exprs = new ArrayList<>();
        Sql.resultColumns(selects.get(0), names, exprs);
        return new Cte(this, name, false, names, exprs);
    }

    /** The combined result as a derived table. */
    public Subquery subquery(String name) {
        List<String> names = new ArrayList<>();
        List<Expression<?>> exprs = new ArrayList<>();
        Sql.resultColumns(selects.get(0), names, exprs);
        return new Subquery(this, name, names, exprs);
    }

    @Override
    public StatementKind kind() {
        return StatementKind.SELECT;
    }

    @Override
    public void collectFroms(Set<FromClause> froms) {
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        selects.forEach(visitor);
        orderBy.forEach(visitor);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(CompoundSelect.class).add(kind).elements(selects).elements(orderBy).element(limit).element(offset);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitCompoundSelect(this);
    }
}
