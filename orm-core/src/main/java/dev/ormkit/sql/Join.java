package dev.ormkit.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * {@code left [LEFT OUTER] JOIN right ON condition}. Without an explicit condition, ON is
 * inferred from the one foreign key between {@code right} and the tables of {@code left},
 * as SQLAlchemy does; none or several is an error naming the tables.
 */
public final class Join extends FromClause {
    private final FromClause left;
    private final FromClause right;
    private final Expression<Boolean> onClause;
    private final boolean outer;
    private final boolean full;

    Join(FromClause left, FromClause right, @Nullable Expression<Boolean> onClause, boolean outer, boolean full) {
        this.left = left;
        this.right = right;
        this.onClause = onClause != null ? onClause : inferOnClause(left, right);
        this.outer = outer;
        this.full = full;
    }

    /** The left side. */
    public FromClause left() {
        return left;
    }

    /** The right side. */
    public FromClause right() {
        return right;
    }

    /** The ON condition. */
    public Expression<Boolean> onClause() {
        return onClause;
    }

    /** True for LEFT OUTER JOIN. */
    public boolean isOuter() {
        return outer;
    }

    /** True for FULL OUTER JOIN. */
    public boolean isFull() {
        return full;
    }

    @Override
    public List<Expression<?>> exportedColumns() {
        List<Expression<?>> out = new ArrayList<>(left.exportedColumns());
        out.addAll(right.exportedColumns());
        return out;
    }

    @Override
    public boolean covers(FromClause other) {
        return other == this || left.covers(other) || right.covers(other);
    }

    @Override
    public void collectLeaves(List<FromClause> out) {
        left.collectLeaves(out);
        right.collectLeaves(out);
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(left);
        visitor.accept(right);
        visitor.accept(onClause);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Join.class).add(outer).add(full).element(left).element(right).element(onClause);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitJoin(this);
    }

    /** The ON clause from the single foreign key linking {@code right} with a table of {@code left}. */
    static Expression<Boolean> inferOnClause(FromClause left, FromClause right) {
        List<FromClause> leftLeaves = new ArrayList<>();
        left.collectLeaves(leftLeaves);
        List<Expression<Boolean>> candidates = new ArrayList<>();
        for (FromClause l : leftLeaves) {
            candidates.addAll(fkConditions(l, right));
            candidates.addAll(fkConditions(right, l));
            if (!candidates.isEmpty()) {
                break; // the nearest left table with a key wins, as in SQLAlchemy
            }
        }
        if (candidates.isEmpty()) {
            throw new ArgumentException("Can't find a foreign key between " + describe(left) + " and "
                    + describe(right) + "; give the ON clause explicitly: join(right, condition)");
        }
        if (candidates.size() > 1) {
            throw new ArgumentException("More than one foreign key links " + describe(left) + " and "
                    + describe(right) + "; give the ON clause explicitly: join(right, condition)");
        }
        return candidates.get(0);
    }

    /** One condition per foreign key of {@code child} pointing at {@code parent}. */
    private static List<Expression<Boolean>> fkConditions(FromClause child, FromClause parent) {
        TableClause childTable = tableOf(child);
        TableClause parentTable = tableOf(parent);
        List<Expression<Boolean>> out = new ArrayList<>();
        if (childTable == null || parentTable == null) {
            return out;
        }
        for (TableClause.ForeignKeyColumns fk : childTable.foreignKeysTo(parentTable.name())) {
            List<Expression<Boolean>> parts = new ArrayList<>();
            for (int i = 0; i < fk.columns().size(); i++) {
                parts.add(columnOf(child, fk.columns().get(i)).eq(columnOf(parent, fk.referredColumns().get(i))));
            }
            out.add(parts.size() == 1 ? parts.get(0) : Sql.and(parts));
        }
        return out;
    }

    private static @Nullable TableClause tableOf(FromClause from) {
        if (from instanceof TableClause t) {
            return t;
        }
        if (from instanceof TableAlias a) {
            return a.table();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Expression<Object> columnOf(FromClause from, String name) {
        if (from instanceof TableAlias a) {
            return (Expression<Object>) (Expression<?>) a.c(name);
        }
        return (Expression<Object>) (Expression<?>) ((TableClause) from).c(name);
    }

    private static String describe(FromClause from) {
        List<FromClause> leaves = new ArrayList<>();
        from.collectLeaves(leaves);
        List<String> names = new ArrayList<>();
        for (FromClause f : leaves) {
            names.add(f instanceof NamedFrom n ? "'" + n.fromName() + "'" : f.getClass().getSimpleName());
        }
        return String.join(", ", names);
    }
}
