package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Row;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.orm.Session;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.sql.Sql;
import dev.ormkit.sql.TextClause;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.ClassUtils;

/**
 * A {@link Query} method: its SQL runs with the {@code :name} or {@code ?n} parameters bound
 * from the method's parameters. A SELECT gives objects of the repository's class through the
 * session's identity map (an object already in the session comes back as that same instance),
 * projections built from the columns by name, or the first column's values for a scalar type;
 * a {@link Modifying} statement returns its row count, after a flush, and expires the session's
 * objects so none keeps a value it changed. A {@code Pageable} pages in SQL (a page counts with the
 * {@code countQuery}, else with the statement wrapped in {@code count(*)}, and only when the
 * rows cannot tell the total). Parameters are checked against the SQL at start-up.
 */
public class StringBasedOrmQuery implements RepositoryQuery {
    private final OrmQueryMethod method;
    private final OrmSessionContext sessions;
    private final String sql;
    private final TextClause statement;
    private final @Nullable TextClause count;
    private final EntityMapping<?> mapping;
    /** The SQL parameter name of each bindable method parameter, in order. */
    private final List<String> bindings = new ArrayList<>();
    private final Map<Class<?>, ProjectionRows> projections = new ConcurrentHashMap<>();
    private final QueryLoaderOptions loaderOptions;

    public StringBasedOrmQuery(OrmQueryMethod method, OrmSessionContext sessions, String sql) {
        this.method = method;
        this.sessions = sessions;
        this.loaderOptions = QueryLoaderOptions.of(method);
        this.mapping = EntityMapping.of(method.getEntityInformation().getJavaType());
        String named = DeclaredSql.namedPositionals(sql);
        Set<String> names = Sql.text(named).parameterNames();
        List<String> collections = new ArrayList<>();
        int position = 0;
        for (Parameter p : method.getParameters().getBindableParameters()) {
            position++;
            String name = p.getName().filter(names::contains).orElse(DeclaredSql.POSITIONAL_PREFIX + position);
            if (!names.contains(name)) {
                String described = p.getName().map(n -> "'" + n + "'").orElse("#" + position);
                throw new IllegalStateException(method.describe() + ": parameter " + described + " appears in the"
                        + " @Query SQL neither as :" + p.getName().orElse("name") + " nor as ?" + position + " (its"
                        + " parameters are " + names + "); name parameters with @Param or compile with -parameters");
            }
            bindings.add(name);
            if (Collection.class.isAssignableFrom(p.getType()) || (p.getType().isArray() && p.getType() != byte[].class)) {
                collections.add(name);
            }
        }
        Set<String> unbound = new LinkedHashSet<>(names);
        bindings.forEach(unbound::remove);
        if (!unbound.isEmpty()) {
            throw new IllegalStateException(method.describe() + ": the @Query SQL uses " + unbound
                    + ", which no method parameter supplies");
        }
        this.sql = DeclaredSql.unparenthesized(named, collections);
        this.statement = Sql.text(this.sql);
        String countSql = method.declaredCountQuery();
        if (method.isPageQuery()) {
            String text = countSql == null ? DeclaredSql.derivedCount(this.sql)
                    : DeclaredSql.unparenthesized(DeclaredSql.namedPositionals(countSql), collections);
            this.count = Sql.text(text);
            Set<String> countNames = new LinkedHashSet<>(count.parameterNames());
            countNames.removeAll(bindings);
            if (!countNames.isEmpty()) {
                throw new IllegalStateException(method.describe() + ": the countQuery uses " + countNames
                        + ", which no method parameter supplies");
            }
        } else {
            this.count = null;
        }
        if (method.isScrollQuery()) {
            throw new IllegalStateException(method.describe() + ": @Query methods cannot return a Window;"
                    + " derive the query from the method name, or return a Slice");
        }
    }

    @Override
    public OrmQueryMethod getQueryMethod() {
        return method;
    }

    @Override
    public @Nullable Object execute(Object[] arguments) {
        ParametersParameterAccessor accessor = new ParametersParameterAccessor(method.getParameters(), arguments);
        Map<String, Object> values = new LinkedHashMap<>();
        int i = 0;
        for (Parameter p : method.getParameters().getBindableParameters()) {
            values.put(bindings.get(i++), bindable(accessor.getBindableValue(p.getIndex())));
        }
        Session session = sessions.currentSession();
        if (method.isModifyingQuery()) {
            session.flush();
            long changed = session.execute(statement, values).rowCount();
            session.expireAll();
            Class<?> returned = method.getReturnedObjectType();
            if (returned == int.class || returned == Integer.class) {
                return (int) changed;
            }
            return returned == void.class || returned == Void.class ? null : changed;
        }
        ResultProcessor processor = method.getResultProcessor().withDynamicProjection(accessor);
        Pageable pageable = accessor.getPageable();
        Sort sort = accessor.getSort();
        TextClause text = statement;
        boolean paged = pageable.isPaged(); // a Pageable pages a List result as well
        if (sort.isSorted() || paged) {
            String ordered = DeclaredSql.ordered(sql, orderBy(sort));
            text = Sql.text(paged ? DeclaredSql.limited(ordered) : ordered);
        }
        if (paged) {
            values.put(DeclaredSql.LIMIT, pageable.getPageSize() + (method.isSliceQuery() ? 1L : 0L));
            values.put(DeclaredSql.OFFSET, pageable.getOffset());
        }
        List<?> found = results(session, text, values, processor, arguments);
        if (method.isPageQuery()) {
            TextClause counting = java.util.Objects.requireNonNull(count);
            Map<String, Object> countValues = new LinkedHashMap<>(values);
            countValues.keySet().retainAll(counting.parameterNames());
            return PageableExecutionUtils.getPage(found, pageable, () -> ((Number) java.util.Objects.requireNonNull(
                    session.execute(counting, countValues).all().get(0).get(0))).longValue());
        }
        if (method.isSliceQuery()) {
            boolean more = paged && found.size() > pageable.getPageSize();
            return new SliceImpl<Object>(new ArrayList<>(more ? found.subList(0, pageable.getPageSize()) : found), pageable, more);
        }
        if (method.isStreamQuery()) {
            return found.stream();
        }
        if (method.isCollectionQuery()) {
            return found;
        }
        if (found.size() > 1) {
            throw new IncorrectResultSizeDataAccessException(method.describe()
                    + " expects at most one row but its SQL returned " + found.size(), 1, found.size());
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The results of {@code text}: objects of the repository's class through the identity map;
     * projections from the columns by name (an open projection from the loaded objects); else the
     * first column's values as the returned type.
     */
    private List<?> results(Session session, TextClause text, Map<String, Object> values, ResultProcessor processor,
                            Object[] arguments) {
        ReturnedType returned = processor.getReturnedType();
        Class<?> type = returned.getReturnedType();
        boolean entities = type.isAssignableFrom(mapping.type());
        boolean openInterface = type.isInterface() && !entities
                && !method.projectionFactory().getProjectionInformation(type).isClosed();
        if (entities || openInterface) {
            List<?> objects = loaderOptions.applyTo(session.query(mapping.type()), arguments).fromStatement(text, values).all();
            return entities ? objects : objects.stream().map(processor::processResult).toList();
        }
        List<Row> rows = session.execute(text, values).all();
        if ((type.isInterface() && !type.getName().startsWith("java.")) || returned.isDtoProjection()) {
            ProjectionRows projection = projections.computeIfAbsent(type,
                    t -> new ProjectionRows(t, method.projectionFactory()));
            return rows.stream().map(projection::project).toList();
        }
        Class<?> scalar = ClassUtils.resolvePrimitiveIfNecessary(type);
        List<Object> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(JdbcValues.convert(row.get(0), scalar));
        }
        return out;
    }

    /** ORDER BY items for {@code sort}: a property of the class as its column, else a plain label as written. */
    private List<String> orderBy(Sort sort) {
        List<String> items = new ArrayList<>();
        for (Sort.Order order : sort) {
            ColumnAttribute attribute = mapping.findColumnAttribute(order.getProperty());
            String column = attribute != null ? attribute.column().name() : order.getProperty();
            if (!DeclaredSql.isIdentifier(column)) {
                throw new IllegalArgumentException(method.describe() + ": cannot sort by '" + order.getProperty()
                        + "': not a property of " + mapping.type().getSimpleName() + " nor a column label");
            }
            String expression = order.isIgnoreCase() ? "lower(" + column + ")" : column;
            items.add(expression + (order.isAscending() ? " ASC" : " DESC"));
        }
        return items;
    }

    /** An array argument as a list, so it expands as a collection does; {@code byte[]} stays a binary value. */
    private static @Nullable Object bindable(@Nullable Object value) {
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
            int length = java.lang.reflect.Array.getLength(value);
            List<Object> list = new ArrayList<>(length);
            for (int k = 0; k < length; k++) {
                list.add(java.lang.reflect.Array.get(value, k));
            }
            return list;
        }
        return value;
    }
}
