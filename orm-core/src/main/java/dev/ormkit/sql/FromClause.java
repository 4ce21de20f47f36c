package dev.ormkit.sql;

import java.util.List;
import java.util.Set;

/** Something that can stand in a FROM clause: a table, an alias, a join or a derived table. */
public abstract class FromClause extends ClauseElement {

    /** The columns this FROM clause exposes, in order. */
    public abstract List<? extends Expression<?>> exportedColumns();

    /** True when {@code other} is this FROM clause or part of it (a join covers its sides). */
    public boolean covers(FromClause other) {
        return other == this;
    }

    /** The tables or aliases this clause is made of, for foreign-key inference in joins. */
    public void collectLeaves(List<FromClause> out) {
        out.add(this);
    }

    @Override
    public void collectFroms(Set<FromClause> froms) {
        froms.add(this);
    }

    /** {@code this JOIN right ON onClause}. */
    public Join join(FromClause right, Expression<Boolean> onClause) {
        return new Join(this, right, onClause, false, false);
    }

    /** {@code this JOIN right}, ON inferred from the single foreign key between the two. */
    public Join join(FromClause right) {
        return new Join(this, right, null, false, false);
    }

    /** {@code this LEFT OUTER JOIN right ON onClause}. */
    public Join outerJoin(FromClause right, Expression<Boolean> onClause) {
        return new Join(this, right, onClause, true, false);
    }

    /** {@code this LEFT OUTER JOIN right}, ON inferred from the foreign key. */
    public Join outerJoin(FromClause right) {
        return new Join(this, right, null, true, false);
    }
}
