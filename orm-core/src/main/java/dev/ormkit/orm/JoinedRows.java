package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import dev.ormkit.engine.RowValues;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.EntityClause;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;
import dev.ormkit.sql.Subquery;
import dev.ormkit.sql.TableAlias;
import org.jspecify.annotations.Nullable;

/**
 * The joins of one query's {@link JoinedLoader joined} loads: the related rows come in the same
 * statement through a {@code LEFT OUTER JOIN} to an alias of the target table (an alias, so the query's own joins
 * to that table are left alone), and each row's related object is folded into its parent's
 * collection, once per parent. Joins nest along a path ({@code joinedLoad(A.b).joinedLoad(B.c)}).
 *
 * <p>When the query has a LIMIT or OFFSET, it applies to the parents, not to the joined rows:
 * the limited query becomes a subquery and the joins wrap it, as SQLAlchemy does:
 * {@code SELECT anon_1.*, posts_1.* FROM (SELECT users.* ... LIMIT 10) AS anon_1 LEFT OUTER JOIN posts AS posts_1 ON ...}.
 */
final class JoinedRows {
    private final RelationshipAttribute relationship;
    private final EntityRowLoader<?> loader;
    private final List<JoinedRows> nested = new ArrayList<>();
    /** Per parent whose relationship this loader fills: the members in row order. */
    private final Map<InstanceState, List<InstanceState>> collected = new LinkedHashMap<>();
    private final Map<InstanceState, Boolean> skipped = new IdentityHashMap<>();
    /**
     * The parent of the previous row, whether its relationship is skipped, and its members so
     * far (null until it has one): rows come ordered by parent, so most rows repeat the previous
     * row's parent and need no map lookups.
     */
    private @Nullable InstanceState lastParent;
    private boolean lastSkip;
    private @Nullable List<InstanceState> lastMembers;

    private JoinedRows(RelationshipAttribute relationship, EntityRowLoader<?> loader) {
        this.relationship = relationship;
        this.loader = loader;
    }

    /** Adds the joins the plan asks for to a query whose single column is the parent entity. */
    static Select setup(SessionImpl session, Select select, EntityMapping<?> parent, LoadPlan plan, List<JoinedRows> out) {
        return setup(session, select, parent, plan, out, false);
    }

    /**
     * {@link #setup(Session, Select, EntityMapping, LoadPlan, List)}; with {@code batched}, for a
     * result read in batches (a stream), only references are joined: a collection's rows could
     * be split between two batches, so collections are left to the selectin load each batch
     * runs after its rows, as for a query whose shape cannot be joined.
     */
    static Select setup(SessionImpl session, Select select, EntityMapping<?> parent, LoadPlan plan, List<JoinedRows> out,
                        boolean batched) {
        if (!hasJoined(parent, plan, batched)) {
            return select;
        }
        boolean wrap = select.limitValue() != null || select.offsetValue() != null;
        if (wrap && select.columns().size() == 1 && parent.tables().size() == 1) {
            Subquery sub = select.subquery("anon_1");
            List<Object> columns = new ArrayList<>(sub.exportedColumns());
            Select outer = Sql.select(columns.toArray());
            List<OrderByItem> order = new ArrayList<>();
            for (OrderByItem o : select.orderByItems()) {
                if (o.expression().unwrap() instanceof Column<?> c && c.table() == parent.table()) {
                    order.add(o.descending() ? Sql.desc(sub.c(c.name())) : Sql.asc(sub.c(c.name())));
                }
            }
            if (!order.isEmpty()) {
                outer = outer.orderBy(order.toArray(new OrderByItem[0]));
            }
            return addJoins(session, outer, parent, plan, c -> sub.c(c.name()), out, new int[] {0}, batched);
        }
        if (wrap) {
            return select; // cannot wrap this shape: the relationships load by selectin instead, after the rows
        }
        return addJoins(session, select, parent, plan, c -> c, out, new int[] {0}, batched);
    }

    /** True when {@code r} is loaded by a join under {@code plan}. */
    private static boolean joins(LoadPlan plan, RelationshipAttribute r, boolean batched) {
        return plan.loader(r).joins(r, batched);
    }

    private static boolean hasJoined(EntityMapping<?> parent, LoadPlan plan, boolean batched) {
        for (RelationshipAttribute r : parent.relationships()) {
            if (joins(plan, r, batched)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Select addJoins(SessionImpl session, Select select, EntityMapping<?> parent, LoadPlan plan,
                                   Function<Column<?>, Expression<?>> parentColumn,
                                   List<JoinedRows> out, int[] aliasCounter, boolean batched) {
        Select s = select;
        for (RelationshipAttribute r : parent.relationships()) {
            if (!joins(plan, r, batched)) {
                continue;
            }
            EntityMapping<?> target = r.target();
            TableAlias alias = new TableAlias(target.table(), target.table().name() + "_" + (++aliasCounter[0]));
            if (r.direction() == Direction.MANY_TO_MANY) {
                Table secondary = Objects.requireNonNull(r.secondary());
                TableAlias sa = new TableAlias(secondary, secondary.name() + "_" + (++aliasCounter[0]));
                List<Expression<Boolean>> on = new ArrayList<>();
                for (ColumnPair p : r.pairs()) {
                    on.add(((Expression) parentColumn.apply(p.local())).eq(sa.c(p.remote())));
                }
                s = s.outerJoin(sa, Sql.and(on));
                List<Expression<Boolean>> on2 = new ArrayList<>();
                for (ColumnPair p : r.secondaryPairs()) {
                    on2.add(((Expression) sa.c(p.local())).eq(alias.c(p.remote())));
                }
                s = s.outerJoin(alias, Sql.and(on2));
            } else {
                List<Expression<Boolean>> on = new ArrayList<>();
                for (ColumnPair p : r.pairs()) {
                    on.add(((Expression) parentColumn.apply(p.local())).eq(alias.c(p.remote())));
                }
                s = s.outerJoin(alias, Sql.and(on));
            }
            int offset = countColumns(s);
            List<Object> columns = new ArrayList<>();
            for (Column<?> c : target.selectedColumns()) {
                columns.add(alias.c(c));
            }
            s = s.addColumns(columns.toArray());
            if (r.isCollection() && !r.orderBy().isEmpty()) { // the collection's own order, after the query's
                List<OrderByItem> order = new ArrayList<>();
                for (OrderByItem o : r.orderBy()) {
                    if (o.expression().unwrap() instanceof Column<?> c && c.table() == target.table()) {
                        order.add(o.descending() ? Sql.desc(alias.c(c)) : Sql.asc(alias.c(c)));
                    }
                }
                s = s.orderBy(order.toArray(new OrderByItem[0]));
            }
            LoadPlan childPlan = plan.child(r);
            JoinedRows jl = new JoinedRows(r, new EntityRowLoader<>(session, target, offset, childPlan));
            out.add(jl);
            s = addJoins(session, s, target, childPlan, c -> alias.c(c), jl.nested, aliasCounter, batched);
        }
        return s;
    }

    private static int countColumns(Select s) {
        int n = 0;
        for (ClauseElement c : s.columns()) {
            if (c instanceof EntityClause e) {
                n += e.mapping().selectedColumns().size();
            } else if (c instanceof FromClause f) {
                n += f.exportedColumns().size();
            } else {
                n++;
            }
        }
        return n;
    }

    /** A new run of rows begins: nothing is carried over from the previous one. */
    void startRows() {
        loader.startRows();
        lastParent = null;
        lastMembers = null;
        for (JoinedRows n : nested) {
            n.startRows();
        }
    }

    /** Reads this row's related object for {@code parent}. */
    void process(RowValues row, InstanceState parent) {
        if (parent != lastParent) {
            lastParent = parent;
            lastMembers = null;
            Boolean known = skipped.get(parent);
            if (known == null) {
                known = parent.isLoaded(relationship.name());
                skipped.put(parent, known);
            }
            lastSkip = known;
        }
        boolean skip = lastSkip;
        InstanceState child = loader.loadState(row);
        if (child == null) {
            if (!skip) {
                members(parent);
            }
            return;
        }
        for (int i = 0, n = nested.size(); i < n; i++) {
            nested.get(i).process(row, child);
        }
        if (skip) {
            return;
        }
        List<InstanceState> members = members(parent);
        if (!InstrumentedCollection.containsSame(members, child)) {
            members.add(child);
        }
    }

    /** The members collected for {@code parent}, the parent of the current row. */
    private List<InstanceState> members(InstanceState parent) {
        List<InstanceState> members = lastMembers;
        if (members == null) {
            members = collected.get(parent);
            if (members == null) {
                members = new ArrayList<>();
                collected.put(parent, members);
            }
            lastMembers = members;
        }
        return members;
    }

    /**
     * Fills the collected members into their parents and adds the related objects to
     * {@code reached}, for the query's context; then forgets them, ready for the next batch of a
     * stream. {@code report}: whether the filled collections count for the report of eager loads
     * nothing used.
     */
    void finish(List<InstanceState> reached, boolean report) {
        for (Map.Entry<InstanceState, List<InstanceState>> e : collected.entrySet()) {
            List<Object> members = new ArrayList<>(e.getValue().size());
            for (InstanceState s : e.getValue()) {
                members.add(s.entity());
            }
            SelectInLoader.fill(e.getKey(), relationship, members);
            if (report) {
                ResultLoader.markEager(e.getKey(), relationship);
            }
            reached.addAll(e.getValue());
        }
        collected.clear();
        skipped.clear();
        lastParent = null;
        lastMembers = null;
        for (JoinedRows n : nested) {
            n.finish(reached, report);
        }
    }
}
