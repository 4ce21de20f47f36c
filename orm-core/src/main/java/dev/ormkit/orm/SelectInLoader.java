package dev.ormkit.orm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.schema.Column;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;
import dev.ormkit.sql.Subquery;
import org.jspecify.annotations.Nullable;

/**
 * Loads one relationship for many objects at once with {@code SELECT ... WHERE key IN (...)},
 * as many keys per statement as {@link Dialect#keysPerSelectIn()} says: the {@code selectin}
 * strategy, and also what a lazy load (one object, or a batch of siblings) runs. The key
 * columns are selected next to the related objects' own, so rows are matched to their parents by
 * what the database says, whatever the objects hold in memory; a many-to-many reads them from the
 * association table it joins.
 */
final class SelectInLoader extends LoaderStrategy {
    static final SelectInLoader INSTANCE = new SelectInLoader();

    private SelectInLoader() {
    }

    @Override
    Lazy kind() {
        return Lazy.SELECTIN;
    }

    @Override
    boolean isEager() {
        return true;
    }

    /**
     * Loads {@code r} for {@code owners} (persistent objects of the mapping declaring it) and
     * fills their fields; owners without a key get an empty collection or null. The related
     * objects load under {@code childPlan}. Returns the number of statements run. Without
     * {@code source}, the factory's prepared SELECT ... IN of the relationship runs per chunk of
     * keys ({@link LoadStatements}); with it, the {@code subquery} strategy: one statement
     * joining the related rows to {@code source} (the query that loaded the owners) run again as
     * a subquery, instead of IN lists. The statements run as {@code origin} (a lazy load, an
     * eager load) for the related class.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int load(SessionImpl session, RelationshipAttribute r, List<InstanceState> owners, LoadPlan childPlan,
                    @Nullable Select source, Origin origin) {
        List<ColumnPair> pairs = r.pairs();
        int width = pairs.size();
        // an owner's key: the value itself for one key column (the usual case: no list to build and
        // hash per owner and per parent's rows), a list of the values for several
        Map<Object, List<InstanceState>> byKey = new LinkedHashMap<>(owners.size() * 4 / 3 + 1);
        for (InstanceState s : owners) {
            Object entity = s.object();
            if (entity == null) {
                continue;
            }
            Object key = ownerKey(s, entity, pairs);
            if (key == null) {
                fill(s, r, List.of());
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(s);
        }
        Map<@Nullable Object, List<Object>> found = new HashMap<>(byKey.size() * 4 / 3 + 1);
        List<Object> keys = new ArrayList<>(byKey.keySet());
        int statements = 0;
        EntityMapping<?> target = r.target();
        List<Column<?>> keyColumns = new ArrayList<>();
        for (ColumnPair p : pairs) {
            keyColumns.add(p.remote());
        }
        int perStatement = session.factory.engine().dialect().keysPerSelectIn();
        int chunkSize = source != null ? Math.max(1, keys.size()) : perStatement;
        // a lazy load's batches never exceed the batch size: no statement for more keys is needed
        int cap = origin == Origin.LAZY_LOAD ? Math.min(perStatement, Math.max(1, session.factory.lazyLoadBatchSize()))
                : perStatement;
        for (int from = 0; from < keys.size(); from += chunkSize) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + chunkSize));
            Select select;
            Map<String, ?> parameters;
            if (source != null) {
                select = subquerySelect(r, target, keyColumns, source);
                parameters = Map.of();
            } else {
                LoadStatements.Keyed keyed = session.factory.loadStatements()
                        .relationship(r, LoadStatements.size(chunk.size(), cap));
                select = keyed.select();
                List<Object[]> values = new ArrayList<>(chunk.size());
                for (Object k : chunk) {
                    values.add(width == 1 ? new Object[] {k} : ((List<?>) k).toArray());
                }
                parameters = keyed.parameters(values);
            }
            ResultLoader.Loaded loaded = ResultLoader.run(session, select, childPlan, null, parameters, origin);
            statements += 1 + loaded.statements();
            // rows of one parent usually come one after another: its key is then built and looked up once
            Object[] lastKey = new Object[width];
            List<Object> lastMembers = null;
            for (int i = 0, n = loaded.size(); i < n; i++) {
                Object member = loaded.firstValue(i);
                if (member == null) {
                    continue;
                }
                List<Object> members = lastMembers;
                if (members == null || !sameValues(loaded, i, lastKey)) {
                    for (int k = 0; k < width; k++) {
                        lastKey[k] = loaded.value(i, 1 + k);
                    }
                    members = found.computeIfAbsent(rowKey(lastKey), x -> new ArrayList<>());
                    lastMembers = members;
                }
                if (!InstrumentedCollection.containsSame(members, member)) {
                    members.add(member);
                }
            }
        }
        for (Map.Entry<Object, List<InstanceState>> e : byKey.entrySet()) {
            List<Object> members = found.getOrDefault(e.getKey(), List.of());
            for (InstanceState s : e.getValue()) {
                fill(s, r, members);
            }
        }
        return statements;
    }

    /** The owner's key for {@link #load}'s maps, or null when a key column is null (no related rows). */
    private static @Nullable Object ownerKey(InstanceState s, Object entity, List<ColumnPair> pairs) {
        if (pairs.size() == 1) {
            ColumnAttribute local = s.mapping().attributeFor(pairs.get(0).local());
            Object v = local == null ? null : local.get(entity);
            return v == null ? null : normal(v);
        }
        List<Object> key = new ArrayList<>(pairs.size());
        for (ColumnPair p : pairs) {
            ColumnAttribute local = s.mapping().attributeFor(p.local());
            Object v = local == null ? null : local.get(entity);
            if (v == null) {
                return null;
            }
            key.add(normal(v));
        }
        return key;
    }

    /** A row's key values as {@link #ownerKey} forms them: the value for one column, a list for several. */
    private static @Nullable Object rowKey(@Nullable Object[] values) {
        if (values.length == 1) {
            return normal(values[0]);
        }
        List<Object> key = new ArrayList<>(values.length);
        for (Object v : values) {
            key.add(normal(v));
        }
        return key;
    }

    /** True when row {@code i}'s parent key values (after its object) equal {@code values} (none of them null). */
    private static boolean sameValues(ResultLoader.Loaded loaded, int i, @Nullable Object[] values) {
        for (int k = 0; k < values.length; k++) {
            Object v = loaded.value(i, 1 + k);
            if (v == null || !v.equals(values[k])) {
                return false;
            }
        }
        return true;
    }

    /** Numbers compare by value whatever their JDBC class (an INTEGER may come back as Long or Integer). */
    private static @Nullable Object normal(@Nullable Object v) {
        if (v instanceof Number n && !(v instanceof BigDecimal) && !(v instanceof Double) && !(v instanceof Float)) {
            return n.longValue();
        }
        if (v instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                return d.stripTrailingZeros();
            }
        }
        return v;
    }

    /** The related rows joined to {@code source}, re-run as a subquery of the owners' key columns. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Select subquerySelect(RelationshipAttribute r, EntityMapping<?> target, List<Column<?>> keyColumns,
                                         Select source) {
        List<Object> columns = new ArrayList<>();
        columns.add(target.clause());
        columns.addAll(keyColumns);
        Select select = Sql.select(columns.toArray());
        if (r.direction() == Direction.MANY_TO_MANY) {
            select = select.join(Objects.requireNonNull(r.secondary()), Objects.requireNonNull(r.secondaryJoin()));
        }
        List<Object> localColumns = new ArrayList<>();
        for (ColumnPair p : r.pairs()) {
            localColumns.add(p.local());
        }
        Subquery sub = source.withOnlyColumns(localColumns.toArray()).subquery("anon_1");
        List<Expression<Boolean>> on = new ArrayList<>();
        for (ColumnPair p : r.pairs()) {
            on.add(((Expression) p.remote()).eq(sub.c(p.local().name())));
        }
        select = select.join(sub, Sql.and(on));
        Expression<Boolean> criterion = target.discriminatorCriterion();
        if (criterion != null) {
            select = select.where(criterion);
        }
        if (!r.orderBy().isEmpty()) {
            select = select.orderBy(r.orderBy().toArray(new ClauseElement[0]));
        }
        return select;
    }

    /** Puts what was loaded into the object's field and records it as what the database holds. */
    @SuppressWarnings("unchecked")
    static void fill(InstanceState s, RelationshipAttribute r, List<Object> members) {
        Object entity = s.object();
        if (entity == null) {
            return;
        }
        int i = s.relationshipIndex(r);
        if (r.isCollection()) {
            Object current = r.get(entity);
            if (current instanceof InstrumentedCollection<?> ic) {
                ic.fill(members);
            } else {
                Collection<Object> c = current instanceof Collection<?> ? (Collection<Object>) current : r.newCollection();
                List<Object> extra = new ArrayList<>();
                for (Object o : c) {
                    if (!InstrumentedCollection.containsSame(members, o)) {
                        extra.add(o);
                    }
                }
                c.clear();
                c.addAll(members);
                c.addAll(extra);
                if (current != c) {
                    r.set(entity, c);
                }
            }
            s.snapshotRelationship(i, members);
        } else {
            Object value = members.isEmpty() ? null : members.get(0);
            if (r.get(entity) == null || s.baselineReference(i) == r.get(entity)) {
                r.set(entity, value);
            }
            s.snapshotRelationship(i, value);
        }
        s.markLoaded(i);
    }
}
