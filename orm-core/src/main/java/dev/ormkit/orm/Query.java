package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.exc.NoResultException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;

/**
 * A query for objects of one mapped class, SQLAlchemy's {@code session.query(User)}. Each step
 * returns a new query and leaves this one as it was, so a base query can be shared. Running
 * it ({@link #all}, {@link #first}, ...) autoflushes the session, then reads rows through the
 * identity map: an object already in the session is returned as is (reloaded first if expired).
 *
 * <p>Inside is a Core {@link Select} ({@link #statement()}); rows become objects through an
 * entity row loader.
 *
 * @param <T> the mapped class
 */
public final class Query<T> {
    private final Session session;
    private final EntityMapping<T> mapping;
    private final Select select;

    Query(Session session, EntityMapping<T> mapping) {
        this(session, mapping, baseSelect(mapping));
    }

    private Query(Session session, EntityMapping<T> mapping, Select select) {
        this.session = session;
        this.mapping = mapping;
        this.select = select;
    }

    private static Select baseSelect(EntityMapping<?> mapping) {
        Select s = Sql.select(mapping.clause());
        Expression<Boolean> criterion = mapping.discriminatorCriterion();
        return criterion == null ? s : s.where(criterion);
    }

    private Query<T> with(Select next) {
        return new Query<>(session, mapping, next);
    }

    /** Adds WHERE criteria, joined with AND: {@code filter(User_.isActive.eq(true))}. */
    @SafeVarargs
    public final Query<T> filter(Expression<Boolean>... criteria) {
        return with(select.where(criteria));
    }

    /**
     * Adds an equality criterion on an attribute, by field name: {@code filterBy("username", "alice")}.
     * A null value means {@code IS NULL}.
     *
     * @throws dev.ormkit.exc.ArgumentException naming the known attributes when there is none of that name
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Query<T> filterBy(String attribute, @Nullable Object value) {
        ColumnAttribute a = mapping.columnAttribute(attribute);
        Expression column = a.column();
        return with(select.where(value == null ? column.isNull() : column.eq(value)));
    }

    /** {@link #filterBy(String, Object)} for each entry. */
    public Query<T> filterBy(Map<String, ?> values) {
        Query<T> q = this;
        for (Map.Entry<String, ?> e : new LinkedHashMap<>(values).entrySet()) {
            q = q.filterBy(e.getKey(), e.getValue());
        }
        return q;
    }

    /** Adds ORDER BY items: columns (ascending) or {@code column.desc()}. */
    public Query<T> orderBy(ClauseElement... items) {
        return with(select.orderBy(items));
    }

    /** Adds ORDER BY an attribute, by field name, ascending. */
    public Query<T> orderBy(String attribute) {
        return with(select.orderBy(mapping.columnAttribute(attribute).column()));
    }

    public Query<T> limit(long rows) {
        return with(select.limit(rows));
    }

    public Query<T> offset(long rows) {
        return with(select.offset(rows));
    }

    /** SELECT DISTINCT. */
    public Query<T> distinct() {
        return with(select.distinct());
    }

    /** The Core SELECT this query runs. */
    public Select statement() {
        return select;
    }

    /** The mapping of the queried class. */
    public EntityMapping<T> mapping() {
        return mapping;
    }

    // --- running --------------------------------------------------------------------------

    /** Every object the query finds, in row order, each once. */
    public List<T> all() {
        return load(select);
    }

    private List<T> load(Select statement) {
        session.autoflush();
        List<Row> rows = session.runInternal(statement).all();
        EntityRowLoader<T> loader = new EntityRowLoader<>(session, mapping, 0);
        List<T> out = new ArrayList<>(rows.size());
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Row row : rows) {
            T entity = loader.load(row);
            if (entity != null && seen.add(entity)) {
                out.add(entity);
            }
        }
        return out;
    }

    /** The first object (the query runs with LIMIT 1), or null. */
    public @Nullable T first() {
        List<T> found = load(select.limit(1));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Exactly one object.
     *
     * @throws NoResultException when there is none
     * @throws MultipleResultsException when there are more
     */
    public T one() {
        T found = oneOrNone();
        if (found == null) {
            throw new NoResultException("No " + mapping.type().getSimpleName() + " was found when one was required");
        }
        return found;
    }

    /** The one object, or null; more than one is an error ({@link MultipleResultsException}). */
    public @Nullable T oneOrNone() {
        List<T> found = load(select.limit(2));
        if (found.size() > 1) {
            throw new MultipleResultsException("Multiple " + mapping.type().getSimpleName()
                    + " objects were found when one or none was required");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The first object, or null ({@code scalar()} of a one-class query). */
    public @Nullable T scalar() {
        return first();
    }

    /** The objects as a stream. */
    public Stream<T> stream() {
        return all().stream();
    }

    /** How many rows the query matches: {@code SELECT count(*) FROM (query)}. */
    public long count() {
        session.autoflush();
        Select counting = Sql.select(Sql.func.count()).selectFrom(select.subquery("anon_1"));
        Object n = session.runInternal(counting).scalar();
        return n == null ? 0 : ((Number) n).longValue();
    }

    /** True when the query matches at least one row: {@code SELECT EXISTS (query)}. */
    public boolean exists() {
        session.autoflush();
        Object v = session.runInternal(Sql.select(Sql.exists(select.limit(1)))).scalar();
        return Boolean.TRUE.equals(JdbcValues.convert(v, Boolean.class));
    }

    /**
     * A bulk UPDATE of the matched rows: keys are attribute names or columns, values Java values
     * or expressions. Objects of those rows in the session get the new values (those set to an
     * SQL expression are expired and reloaded when next handed out). Returns the number of rows
     * updated.
     */
    public long update(Map<?, ?> values) {
        session.autoflush();
        Map<Object, Object> assignments = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : values.entrySet()) {
            Object key = e.getKey() instanceof String name ? mapping.columnAttribute(name).column() : e.getKey();
            assignments.put(key, e.getValue());
        }
        List<Object> keys = matchedKeys();
        long n = session.runInternal(Sql.update(mapping.table()).values(assignments).where(criteria())).rowCount();
        for (Object key : keys) {
            InstanceState s = session.identityState(mapping.keyFor(key));
            if (s != null) {
                synchronize(s, assignments);
            }
        }
        return n;
    }

    /**
     * Brings a matched object in line with a bulk UPDATE: plain values are set on it and become
     * its baseline (SQLAlchemy's "evaluate"); an attribute set to an SQL expression can only be
     * known by reading the row, so the object is expired.
     */
    private void synchronize(InstanceState s, Map<Object, Object> assignments) {
        Object entity = s.entity();
        List<ColumnAttribute> attrs = s.attributes();
        for (Map.Entry<Object, Object> e : assignments.entrySet()) {
            Object column = e.getKey() instanceof Expression<?> x ? x.unwrap() : e.getKey();
            int index = -1;
            for (int i = 0; i < attrs.size(); i++) {
                if (attrs.get(i).column() == column) {
                    index = i;
                }
            }
            if (index < 0 || e.getValue() instanceof Expression<?>) {
                s.expire(false);
                continue;
            }
            Object value = JdbcValues.convert(e.getValue(), attrs.get(index).javaType());
            attrs.get(index).set(entity, value);
            s.committedValue(index, value);
        }
    }

    /**
     * A bulk DELETE of the matched rows. Objects of those rows in the session become deleted
     * (detached at commit). Returns the number of rows deleted.
     */
    public long delete() {
        session.autoflush();
        List<Object> keys = matchedKeys();
        long n = session.runInternal(Sql.delete(mapping.table()).where(criteria())).rowCount();
        for (Object key : keys) {
            InstanceState s = session.identityState(mapping.keyFor(key));
            if (s != null) {
                session.deleted(s);
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private Expression<Boolean>[] criteria() {
        if (select.limitValue() != null || select.offsetValue() != null) {
            throw new dev.ormkit.exc.InvalidRequestException(
                    "Bulk update()/delete() cannot take limit() or offset(); filter on the rows instead");
        }
        return select.whereClauses().toArray(new Expression[0]);
    }

    /** The keys of the matched rows, to find their objects in the session ("fetch" synchronization). */
    private List<Object> matchedKeys() {
        List<ColumnAttribute> pk = mapping.primaryKey();
        Object[] columns = new Object[pk.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = pk.get(i).column();
        }
        List<Object> keys = new ArrayList<>();
        for (Row row : session.runInternal(Sql.select(columns).where(criteria())).all()) {
            if (columns.length == 1) {
                keys.add(JdbcValues.convert(row.get(0), pk.get(0).javaType()));
            } else {
                Object[] values = new Object[columns.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = JdbcValues.convert(row.get(i), pk.get(i).javaType());
                }
                keys.add(values);
            }
        }
        return keys;
    }

    @Override
    public String toString() {
        return "Query(" + mapping.type().getSimpleName() + ": " + select + ")";
    }
}
