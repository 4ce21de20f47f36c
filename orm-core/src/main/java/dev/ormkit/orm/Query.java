package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Row;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.exc.NoResultException;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.StreamingResult;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityClause;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.mapping.meta.RelationAttribute;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Cte;
import dev.ormkit.sql.ForUpdate;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.TextClause;
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
    private final SessionImpl session;
    /** The queried class, or for a query of several things the first mapped class in it (null when none). */
    private final @Nullable EntityMapping<?> mapping;
    private final Select select;
    /** True for a query of several entities or of columns: it returns {@link Row}s. */
    private final boolean rows;
    private final List<LoaderOption> options;
    private final @Nullable TextClause text;
    /** Values of the {@code :name} parameters of {@link #text}. */
    private final Map<String, ?> textParameters;
    /** Rows per batch when streaming ({@link #yieldPer}); 0 when not set. */
    private final int yieldPer;
    /** True when a stream expunges each batch's objects as it moves on ({@link #expungeEachBatch}). */
    private final boolean expungeBatches;

    Query(SessionImpl session, EntityMapping<T> mapping) {
        this(session, mapping, baseSelect(mapping), false, List.of(), null, Map.of(), 0, false);
    }

    private Query(SessionImpl session, @Nullable EntityMapping<?> mapping, Select select, boolean rows,
                  List<LoaderOption> options, @Nullable TextClause text, Map<String, ?> textParameters, int yieldPer,
                  boolean expungeBatches) {
        this.session = session;
        this.mapping = mapping;
        this.select = select;
        this.rows = rows;
        this.options = options;
        this.text = text;
        this.textParameters = textParameters;
        this.yieldPer = yieldPer;
        this.expungeBatches = expungeBatches;
    }

    /** A query of several things: mapped classes, columns, labelled expressions, subqueries. */
    static Query<Row> ofRows(SessionImpl session, Object... columns) {
        Select s = Sql.select(columns);
        EntityMapping<?> first = null;
        for (ClauseElement c : s.columns()) {
            if (c instanceof EntityClause e) {
                first = e.mapping();
                Expression<Boolean> criterion = first.discriminatorCriterion();
                if (criterion != null) {
                    s = s.where(criterion);
                }
                break;
            }
        }
        return new Query<>(session, first, s, true, List.of(), null, Map.of(), 0, false);
    }

    private static Select baseSelect(EntityMapping<?> mapping) {
        Select s = Sql.select(mapping.clause());
        Expression<Boolean> criterion = mapping.discriminatorCriterion();
        return criterion == null ? s : s.where(criterion);
    }

    private Query<T> with(Select next) {
        return new Query<>(session, mapping, next, rows, options, text, textParameters, yieldPer, expungeBatches);
    }

    private EntityMapping<?> mapping() {
        if (mapping == null) {
            throw new dev.ormkit.exc.InvalidRequestException("This query has no mapped class to take attribute names from; "
                    + "use filter() with columns (User_.username.eq(...)) instead");
        }
        return mapping;
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
     * @throws dev.ormkit.exc.ArgumentException naming the known attributes when there is none of that
     *     name, and naming both types when {@code value} is not of the attribute's type (a number
     *     that fits it, or an enum constant's name, is taken)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Query<T> filterBy(String attribute, @Nullable Object value) {
        ColumnAttribute a = mapping().columnAttribute(attribute);
        Expression column = a.column();
        Object checked = CriterionValues.checked(a, value);
        return with(select.where(checked == null ? column.isNull() : column.eq(checked)));
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
        return with(select.orderBy(mapping().columnAttribute(attribute).column()));
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

    /** {@code JOIN} the mapped class's table, the ON condition inferred from the foreign key: {@code join(Post.class)}. */
    public Query<T> join(Class<?> target) {
        return with(select.join(EntityMapping.of(target).selectable()));
    }

    /** {@code JOIN} the mapped class's table {@code ON onClause}. */
    public Query<T> join(Class<?> target, Expression<Boolean> onClause) {
        return with(select.join(EntityMapping.of(target).selectable(), onClause));
    }

    /** {@code JOIN} along a relationship, a many-to-many through its association table: {@code join(Post_.tags)}. */
    public Query<T> join(RelationAttribute<?, ?> relation) {
        return joinAlong(relation, false);
    }

    /** {@code JOIN} any FROM clause (a table, an alias, a subquery) {@code ON onClause}. */
    public Query<T> join(FromClause target, Expression<Boolean> onClause) {
        return with(select.join(target, onClause));
    }

    /** {@code LEFT OUTER JOIN} the mapped class's table, ON inferred: {@code outerJoin(Post.class)}. */
    public Query<T> outerJoin(Class<?> target) {
        return with(select.outerJoin(EntityMapping.of(target).selectable()));
    }

    /** {@code LEFT OUTER JOIN} the mapped class's table {@code ON onClause}. */
    public Query<T> outerJoin(Class<?> target, Expression<Boolean> onClause) {
        return with(select.outerJoin(EntityMapping.of(target).selectable(), onClause));
    }

    /** {@code LEFT OUTER JOIN} along a relationship. */
    public Query<T> outerJoin(RelationAttribute<?, ?> relation) {
        return joinAlong(relation, true);
    }

    private Query<T> joinAlong(RelationAttribute<?, ?> relation, boolean outer) {
        RelationshipAttribute r = relation.relationship();
        Select s = select;
        Table secondary = r.secondary();
        FromClause target = r.target().selectable();
        if (secondary != null) {
            s = outer ? s.outerJoin(secondary, r.primaryJoin()) : s.join(secondary, r.primaryJoin());
            Expression<Boolean> on = java.util.Objects.requireNonNull(r.secondaryJoin());
            s = outer ? s.outerJoin(target, on) : s.join(target, on);
        } else {
            s = outer ? s.outerJoin(target, r.primaryJoin()) : s.join(target, r.primaryJoin());
        }
        return with(s);
    }

    /**
     * Locks the rows the query reads: {@code withForUpdate(ForUpdate.update().skipLocked())}
     * (SQLAlchemy's {@code with_for_update}); see {@link ForUpdate} for what each database has.
     */
    public Query<T> withForUpdate(ForUpdate lock) {
        return with(select.withForUpdate(lock));
    }

    /**
     * This query's SELECT as a common table expression, to join or select from in another
     * query: {@code session.query(Node_.id).filter(...).cte("subtree", true)}. SQLAlchemy's
     * {@code Query.cte}.
     */
    public Cte cte(String name, boolean recursive) {
        return select.cte(name, recursive);
    }

    /** This query's SELECT as a (non-recursive) common table expression. */
    public Cte cte(String name) {
        return select.cte(name);
    }

    /** GROUP BY. */
    public Query<T> groupBy(Expression<?>... expressions) {
        return with(select.groupBy(expressions));
    }

    /** HAVING, joined with AND. */
    @SafeVarargs
    public final Query<T> having(Expression<Boolean>... conditions) {
        return with(select.having(conditions));
    }

    /**
     * Loader options for this query: {@code options(joinedLoad(User_.posts), raiseLoad(User_.comments))}
     * (see {@link Load}). They apply to the first mapped class of the query.
     */
    public Query<T> options(LoaderOption... loaderOptions) {
        List<LoaderOption> next = new ArrayList<>(options);
        next.addAll(List.of(loaderOptions));
        if (mapping == null) {
            throw new dev.ormkit.exc.InvalidRequestException("Loader options apply to a mapped class, and this query "
                    + "selects none; query the class (session.query(User.class, ...)) to load its relationships");
        }
        LoadPlan.of(mapping, next); // fails now, naming the option, when it does not fit the query
        return new Query<>(session, mapping, select, rows, List.copyOf(next), text, textParameters, yieldPer,
                expungeBatches);
    }

    /**
     * Reads the objects from hand-written SQL instead: each row's columns are matched to the
     * mapped class's columns by name, and rows become objects through the identity map
     * ({@code query(User.class).fromStatement(text("SELECT * FROM users WHERE is_active = TRUE")).all()}).
     */
    public Query<T> fromStatement(TextClause statement) {
        return fromStatement(statement, Map.of());
    }

    /** {@link #fromStatement(TextClause)} with values for the statement's {@code :name} parameters. */
    public Query<T> fromStatement(TextClause statement, Map<String, ?> parameters) {
        if (rows || mapping == null) {
            throw new dev.ormkit.exc.InvalidRequestException("fromStatement() needs a query of one mapped class: "
                    + "session.query(User.class).fromStatement(text(...))");
        }
        return new Query<>(session, mapping, select, false, options, statement,
                Collections.unmodifiableMap(new LinkedHashMap<>(parameters)), yieldPer,
                expungeBatches);
    }

    /** The Core SELECT this query runs. */
    public Select statement() {
        return select;
    }

    // --- running --------------------------------------------------------------------------

    /** Every object the query finds, in row order, each once. */
    public List<T> all() {
        if (yieldPer > 0) {
            // batch by batch, as the stream does: the driver holds one fetch, eager loads run per batch;
            // the list holds every object anyway, so none is expunged
            Query<T> batched = expungeBatches
                    ? new Query<>(session, mapping, select, rows, options, text, textParameters, yieldPer, false) : this;
            try (Stream<T> objects = batched.stream()) {
                return objects.toList();
            }
        }
        return load(select);
    }

    @SuppressWarnings("unchecked")
    private List<T> load(Select statement) {
        session.autoflush();
        if (text != null) {
            return (List<T>) fromText(text);
        }
        LoadPlan plan = mapping == null ? null : LoadPlan.of(mapping, options);
        ResultLoader.Loaded loaded = ResultLoader.run(session, statement, plan, null, Origin.QUERY);
        if (rows) {
            return (List<T>) loaded.result().all();
        }
        List<T> out = new ArrayList<>(loaded.objects().size());
        for (InstanceState s : loaded.objects()) {
            out.add((T) s.entity());
        }
        return out;
    }

    /** Rows of hand-written SQL, matched to the class's columns by name, become objects. */
    private List<Object> fromText(TextClause statement) {
        EntityMapping<?> m = mapping();
        Result raw = OrmStatements.run(session, statement, textParameters, Origin.RAW_SQL, m.type());
        LoadPlan plan = LoadPlan.of(m, options);
        List<InstanceState> states = new TextRowLoader(session, m, plan, statement.text(), raw.keys()).load(raw.all());
        // eager relationships load after the rows, by IN selects: hand-written SQL has no query to join to
        ResultLoader.loadDeferred(session, states, plan, null);
        List<Object> out = new ArrayList<>();
        for (InstanceState s : states) {
            out.add(s.entity());
        }
        return out;
    }

    private String what() {
        return rows || mapping == null ? "rows" : mapping.type().getSimpleName() + " objects";
    }

    /** The first object (the query runs with LIMIT 1), or null. */
    public @Nullable T first() {
        List<T> found = load(text != null ? select : select.limit(1));
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
            throw new NoResultException("No " + what() + " was found when one was required");
        }
        return found;
    }

    /** The one object, or null; more than one is an error ({@link MultipleResultsException}). */
    public @Nullable T oneOrNone() {
        List<T> found = load(text != null ? select : select.limit(2));
        if (found.size() > 1) {
            throw new MultipleResultsException("Multiple " + what() + " were found when one or none was required",
                    found.size());
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The first column of the first row, or null: for a query of columns, the value
     * ({@code session.query(func.count(Post_.id)).filter(...).scalar()}); for a query of one
     * class, the first object.
     */
    @SuppressWarnings("unchecked")
    public <V> @Nullable V scalar() {
        if (!rows) {
            return (V) first();
        }
        T row = first();
        return row == null ? null : (V) ((Row) row).get(0);
    }

    /**
     * Loads objects in batches of {@code rows} when iterated: SQLAlchemy's {@code yield_per}. A
     * {@link #stream()} then reads that many rows per round trip and turns them into objects
     * (eager loads run once per batch) before reading more; {@link #all()} reads the same way
     * and returns every object. Without it a stream uses batches of
     * {@value StreamingResult#DEFAULT_ROWS_PER_FETCH}.
     *
     * @throws ArgumentException when {@code rows} is not positive
     */
    public Query<T> yieldPer(int rows) {
        if (rows <= 0) {
            throw new ArgumentException("yieldPer() takes the number of rows per batch, at least 1, not " + rows);
        }
        return new Query<>(session, mapping, select, this.rows, options, text, textParameters, rows, expungeBatches);
    }

    /**
     * Makes a {@link #stream()} expunge the objects of each batch from the session when it moves
     * on to the next batch (and when it is closed), so that the session holds one batch however
     * long the stream. {@link #all()} ignores it: its list holds every object anyway. By default
     * streamed objects stay in the session as any loaded object does (SQLAlchemy's
     * {@code yield_per} behaves so too; there the identity map holds objects weakly, here
     * strongly, so a long stream grows the session by every object it loads).
     *
     * <p>What leaves: the batch's objects and those loaded with them through relationships
     * (eager loads, lazy loads made while handling the batch) that were not in the session before
     * the stream began. What stays: objects with changes not yet flushed (they leave at a later
     * batch once flushed), and every object the session held before. An object that left is
     * detached: it keeps its values, an unloaded relationship of it can no longer load, and a
     * later query returns a new object for its row.
     */
    public Query<T> expungeEachBatch() {
        return new Query<>(session, mapping, select, rows, options, text, textParameters, yieldPer, true);
    }

    /**
     * The objects (or rows) as a stream read from the database as it is consumed: after an
     * autoflush, the query runs with a server-side cursor or the driver's streaming mode
     * (see {@link dev.ormkit.engine.Connection#stream}), and rows become objects one batch at a
     * time ({@link #yieldPer}), each through the identity map with its eager loads. Taking ten
     * objects of a million reads about one batch.
     *
     * <p>Close the stream (try-with-resources) when not reading it to its end: that closes the
     * JDBC result set and statement. Reading it to its end closes them too. The stream reads in
     * the session's transaction: {@code commit()} or {@code rollback()} ends it, and on MySQL and
     * MariaDB a statement run while it is open (an eager load, a lazy load, a flush) first makes
     * the driver read the rest of the result into memory. Eager loads run per batch: a joined
     * load of a many-to-one stays a join; a joined load of a collection (whose rows could be
     * split between two batches) and a subquery load (which would run the whole query again for
     * each batch) become selectin loads, one per batch, as SQLAlchemy advises for {@code yield_per}.
     */
    @SuppressWarnings("unchecked")
    public Stream<T> stream() {
        session.autoflush();
        int batchSize = yieldPer > 0 ? yieldPer : StreamingResult.DEFAULT_ROWS_PER_FETCH;
        BatchRelease release = expungeBatches ? new BatchRelease(session) : null;
        if (text != null) {
            EntityMapping<?> m = mapping();
            LoadPlan plan = LoadPlan.of(m, options);
            StreamingResult result = OrmStatements.stream(session, text, textParameters, batchSize, Origin.RAW_SQL, m.type());
            TextRowLoader[] loader = new TextRowLoader[1];
            BatchedLoad<T> load = new BatchedLoad<>(result, batchSize, (batch, keys) -> {
                if (loader[0] == null) {
                    loader[0] = new TextRowLoader(session, m, plan, text.text(), keys);
                }
                List<InstanceState> states = loader[0].load(batch);
                List<T> out = new ArrayList<>(states.size());
                for (InstanceState s : states) {
                    out.add((T) s.entity());
                }
                return new BatchedLoad.Batch<>(out, states);
            }, release);
            return load.stream();
        }
        LoadPlan plan = mapping == null ? null : LoadPlan.of(mapping, options);
        return SessionStreams.load(session, select, plan, Map.of(), batchSize, rows, release);
    }

    /** How many rows the query matches: {@code SELECT count(*) FROM (query)}. */
    public long count() {
        session.autoflush();
        Select counting = Sql.select(Sql.func.count()).selectFrom(select.subquery("anon_1"));
        Object n = OrmStatements.run(session, counting, Origin.QUERY, entityType()).scalar();
        return n == null ? 0 : ((Number) n).longValue();
    }

    /** True when the query matches at least one row: {@code SELECT EXISTS (query)}. */
    public boolean exists() {
        session.autoflush();
        Object v = OrmStatements.run(session, Sql.select(Sql.exists(select.limit(1))), Origin.QUERY, entityType()).scalar();
        return Boolean.TRUE.equals(JdbcValues.convert(v, Boolean.class));
    }

    /**
     * A bulk UPDATE of the matched rows: keys are attribute names or columns, values Java values
     * or expressions. Objects of those rows in the session get the new values (those set to an
     * SQL expression are expired and reloaded when next handed out), found by
     * {@link SynchronizeSession#FETCH}. Returns the number of rows updated.
     */
    public long update(Map<?, ?> values) {
        return update(values, SynchronizeSession.FETCH);
    }

    /** {@link #update(Map)}, bringing the session's objects in line as {@code sync} says. */
    public long update(Map<?, ?> values, SynchronizeSession sync) {
        EntityMapping<?> m = bulkTarget();
        session.autoflush();
        Map<Object, Object> assignments = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : values.entrySet()) {
            Object key = e.getKey() instanceof String name ? m.columnAttribute(name).column() : e.getKey();
            assignments.put(key, e.getValue());
        }
        List<InstanceState> matched = matchedStates(m, sync);
        long n = OrmStatements.run(session, Sql.update(m.table()).values(assignments).where(criteria()), Origin.BULK,
                m.type()).rowCount();
        for (InstanceState s : matched) {
            synchronize(s, assignments);
        }
        return n;
    }

    /** The session's objects the bulk statement will touch, found the way {@code sync} says. */
    private List<InstanceState> matchedStates(EntityMapping<?> m, SynchronizeSession sync) {
        List<InstanceState> out = new ArrayList<>();
        if (sync == SynchronizeSession.NONE) {
            criteria();
            return out;
        }
        if (sync == SynchronizeSession.EVALUATE) {
            List<Expression<Boolean>> where = List.of(criteria());
            CriteriaEvaluator evaluator = new CriteriaEvaluator(m);
            evaluator.check(where);
            for (InstanceState s : new ArrayList<>(session.objects.states())) {
                Object entity = s.object();
                if (entity != null && s.isPersistent() && s.mapping().root() == m.root() && evaluator.matches(where, entity)) {
                    out.add(s);
                }
            }
            return out;
        }
        for (Object key : matchedKeys(m)) {
            InstanceState s = session.objects.get(m.keyFor(key));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private EntityMapping<?> bulkTarget() {
        if (rows || text != null) {
            throw new dev.ormkit.exc.InvalidRequestException("Bulk update()/delete() need a query of one mapped class: "
                    + "session.query(User.class).filter(...).update(...)");
        }
        return mapping();
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
     * (detached at commit), found by {@link SynchronizeSession#FETCH}. Returns the number of rows deleted.
     */
    public long delete() {
        return delete(SynchronizeSession.FETCH);
    }

    /** {@link #delete()}, bringing the session's objects in line as {@code sync} says. */
    public long delete(SynchronizeSession sync) {
        EntityMapping<?> m = bulkTarget();
        session.autoflush();
        List<InstanceState> matched = matchedStates(m, sync);
        long n = OrmStatements.run(session, Sql.delete(m.table()).where(criteria()), Origin.BULK, m.type()).rowCount();
        for (InstanceState s : matched) {
            session.deleted(s);
        }
        return n;
    }

    /** The mapped class this query is for, or null for a query of rows. */
    private @Nullable Class<?> entityType() {
        EntityMapping<?> m = mapping;
        return m == null ? null : m.type();
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
    private List<Object> matchedKeys(EntityMapping<?> m) {
        List<ColumnAttribute> pk = m.primaryKey();
        Object[] columns = new Object[pk.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = pk.get(i).column();
        }
        List<Object> keys = new ArrayList<>();
        for (Row row : OrmStatements.run(session, Sql.select(columns).where(criteria()), Origin.BULK, m.type()).all()) {
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
        return "Query(" + (mapping == null ? "rows" : mapping.type().getSimpleName()) + ": " + select + ")";
    }
}
