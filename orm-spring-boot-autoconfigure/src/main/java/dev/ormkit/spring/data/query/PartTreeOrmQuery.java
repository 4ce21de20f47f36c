package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.orm.Query;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SynchronizeSession;
import dev.ormkit.spring.data.OrmDeletes;
import dev.ormkit.spring.data.OrmSorts;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A query derived from the method name: Spring Data's {@link PartTree} parses it, this class
 * renders it with ormkit's expression language on {@code session.query(type)}. Everything
 * that can be checked without arguments is checked when the repository is made: unknown
 * properties (Spring Data's own message), keywords with no SQL meaning, paths through
 * relationships.
 */
public class PartTreeOrmQuery implements RepositoryQuery {
    /** Keywords that have no portable SQL rendering here: rejected at start-up. */
    private static final Set<Part.Type> UNSUPPORTED = Set.of(Part.Type.NEAR, Part.Type.WITHIN, Part.Type.REGEX,
            Part.Type.EXISTS, Part.Type.IS_EMPTY, Part.Type.IS_NOT_EMPTY);

    private final OrmQueryMethod method;
    private final OrmSessionContext sessions;
    private final EntityMapping<?> mapping;
    private final PartTree tree;
    private final PropertyJoins joins;
    /** The columns of each part, in tree order (OR branches of AND parts). */
    private final List<List<ColumnAttribute>> columns = new ArrayList<>();
    private final List<OrderByItem> treeOrder;

    public PartTreeOrmQuery(OrmQueryMethod method, OrmSessionContext sessions) {
        this.method = method;
        this.sessions = sessions;
        Class<?> domain = method.getEntityInformation().getJavaType();
        this.mapping = EntityMapping.of(domain);
        this.tree = new PartTree(method.getName(), domain); // unknown properties fail here, in Spring Data's words
        this.joins = new PropertyJoins(mapping);
        String where = method.describe();
        for (PartTree.OrPart or : tree) {
            List<ColumnAttribute> branch = new ArrayList<>();
            for (Part part : or) {
                if (UNSUPPORTED.contains(part.getType())) {
                    throw new IllegalStateException(where + ": the keyword " + part.getType() + " (in '" + part
                            + "') is not supported by ormkit repositories; supported are the comparisons, LIKE"
                            + " forms, IN, NULL, TRUE/FALSE and BETWEEN. Write it with @Query instead");
                }
                ColumnAttribute column = joins.resolve(part.getProperty(), where);
                if (part.shouldIgnoreCase() == Part.IgnoreCaseType.ALWAYS && column.javaType() != String.class) {
                    throw new IllegalStateException(where + ": IgnoreCase on '" + part.getProperty().toDotPath()
                            + "', which is not a String");
                }
                branch.add(column);
            }
            columns.add(branch);
        }
        this.treeOrder = order(tree.getSort(), where);
        checkArgumentCount(where);
    }

    /** Fewer parameters than the name's criteria take would fail only when called: fail at start-up. */
    private void checkArgumentCount(String where) {
        int needed = 0;
        for (PartTree.OrPart or : tree) {
            for (Part part : or) {
                needed += part.getNumberOfArguments();
            }
        }
        int given = method.getParameters().getBindableParameters().getNumberOfParameters();
        if (given < needed) {
            throw new IllegalStateException(where + ": the method name's criteria take " + needed
                    + " argument(s) but the method has " + given + "; add the missing parameters or fix the name");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<OrderByItem> order(Sort sort, String where) {
        List<OrderByItem> items = new ArrayList<>();
        for (Sort.Order o : sort) {
            Expression column = joins.resolve(org.springframework.data.core.PropertyPath.from(o.getProperty(),
                    mapping.type()), where).column();
            items.add(o.isAscending() ? column.asc() : column.desc());
        }
        return items;
    }

    @Override
    public OrmQueryMethod getQueryMethod() {
        return method;
    }

    @Override
    public @Nullable Object execute(Object[] arguments) {
        ParametersParameterAccessor accessor = new ParametersParameterAccessor(method.getParameters(), arguments);
        Session session = sessions.currentSession();
        Query<?> query = filtered(session, accessor);
        if (tree.isCountProjection()) {
            return query.count();
        }
        if (tree.isExistsProjection()) {
            return query.exists();
        }
        if (tree.isDelete()) {
            return delete(session, query);
        }
        Query<?> ordered = ordered(query, accessor.getSort());
        if (method.isPageQuery()) {
            return page(query, ordered, accessor.getPageable());
        }
        if (method.isSliceQuery()) {
            return slice(ordered, accessor.getPageable());
        }
        Query<?> limited = limited(ordered, accessor);
        if (method.isStreamQuery()) {
            return limited.stream();
        }
        if (method.isCollectionQuery()) {
            return limited.all();
        }
        List<?> found = limited.limit(tree.isLimiting() ? 1 : 2).all();
        if (found.size() > 1) {
            throw new org.springframework.dao.IncorrectResultSizeDataAccessException(method.describe()
                    + " expects at most one " + mapping.type().getSimpleName() + " but found more", 1);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The query with its joins, WHERE and DISTINCT: what both the rows and the count read. */
    private Query<?> filtered(Session session, ParametersParameterAccessor accessor) {
        Query<?> query = joins.apply(session.query(mapping.type()));
        Iterator<Object> values = accessor.iterator();
        List<Expression<Boolean>> ors = new ArrayList<>();
        int b = 0;
        for (PartTree.OrPart or : tree) {
            List<Expression<Boolean>> ands = new ArrayList<>();
            int p = 0;
            for (Part part : or) {
                ands.add(criterion(part, columns.get(b).get(p++), values));
            }
            b++;
            ands.removeIf(e -> e == null);
            if (!ands.isEmpty()) {
                ors.add(ands.size() == 1 ? ands.get(0) : Sql.and(ands));
            }
        }
        if (!ors.isEmpty()) {
            query = query.filter(ors.size() == 1 ? ors.get(0) : Sql.or(ors));
        }
        if (tree.isDistinct() || joins.repeatsRows()) {
            query = query.distinct();
        }
        return query;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Expression<Boolean> criterion(Part part, ColumnAttribute attribute, Iterator<Object> values) {
        Expression column = attribute.column();
        boolean ignoreCase = part.shouldIgnoreCase() != Part.IgnoreCaseType.NEVER && attribute.javaType() == String.class;
        Expression subject = ignoreCase ? Sql.func.lower(column) : column;
        return switch (part.getType()) {
            case SIMPLE_PROPERTY -> {
                Object v = values.next();
                yield v == null ? column.isNull() : subject.eq(folded(v, ignoreCase));
            }
            case NEGATING_SIMPLE_PROPERTY -> {
                Object v = values.next();
                yield v == null ? column.isNotNull() : subject.ne(folded(v, ignoreCase));
            }
            case BETWEEN -> subject.between(folded(values.next(), ignoreCase), folded(values.next(), ignoreCase));
            case LESS_THAN, BEFORE -> subject.lt(folded(values.next(), ignoreCase));
            case LESS_THAN_EQUAL -> subject.le(folded(values.next(), ignoreCase));
            case GREATER_THAN, AFTER -> subject.gt(folded(values.next(), ignoreCase));
            case GREATER_THAN_EQUAL -> subject.ge(folded(values.next(), ignoreCase));
            case IS_NULL -> column.isNull();
            case IS_NOT_NULL -> column.isNotNull();
            case TRUE -> column.eq(Boolean.TRUE);
            case FALSE -> column.eq(Boolean.FALSE);
            case LIKE -> EscapedLike.pattern(column, text(values.next(), part), false, ignoreCase);
            case NOT_LIKE -> EscapedLike.pattern(column, text(values.next(), part), true, ignoreCase);
            case STARTING_WITH -> EscapedLike.of(column, "", text(values.next(), part), "%", false, ignoreCase);
            case ENDING_WITH -> EscapedLike.of(column, "%", text(values.next(), part), "", false, ignoreCase);
            case CONTAINING -> EscapedLike.of(column, "%", text(values.next(), part), "%", false, ignoreCase);
            case NOT_CONTAINING -> EscapedLike.of(column, "%", text(values.next(), part), "%", true, ignoreCase);
            case IN -> {
                List<Object> in = list(values.next(), ignoreCase);
                yield in.isEmpty() ? Sql.falseValue() : subject.in(in);
            }
            case NOT_IN -> {
                List<Object> in = list(values.next(), ignoreCase);
                yield in.isEmpty() ? Sql.trueValue() : subject.notIn(in);
            }
            default -> throw new IllegalStateException(method.describe() + ": keyword " + part.getType() + " unsupported");
        };
    }

    private String text(@Nullable Object value, Part part) {
        if (value == null) {
            throw new InvalidRequestException(method.describe() + ": the argument for '" + part.getProperty().toDotPath()
                    + "' (" + part.getType() + ") must not be null");
        }
        return value.toString();
    }

    private static @Nullable Object folded(@Nullable Object value, boolean ignoreCase) {
        return ignoreCase && value instanceof String s ? s.toLowerCase(Locale.ROOT) : value;
    }

    private List<Object> list(@Nullable Object value, boolean ignoreCase) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(folded(v, ignoreCase)));
        } else if (value instanceof Object[] array) {
            Arrays.stream(array).forEach(v -> out.add(folded(v, ignoreCase)));
        } else if (value != null) {
            out.add(folded(value, ignoreCase));
        }
        return out;
    }

    private Query<?> ordered(Query<?> query, Sort dynamic) {
        List<OrderByItem> items = new ArrayList<>(treeOrder);
        items.addAll(OrmSorts.orderBy(mapping, dynamic));
        return items.isEmpty() ? query : query.orderBy(items.toArray(OrderByItem[]::new));
    }

    private Query<?> limited(Query<?> query, ParametersParameterAccessor accessor) {
        Query<?> q = query;
        Limit limit = accessor.getLimit();
        long max = Long.MAX_VALUE;
        if (tree.isLimiting()) {
            max = tree.getMaxResults();
        }
        if (limit.isLimited()) {
            max = Math.min(max, limit.max());
        }
        return max == Long.MAX_VALUE ? q : q.limit(max);
    }

    /** A page: LIMIT/OFFSET, and the count only when the rows cannot tell the total. */
    private Object page(Query<?> filtered, Query<?> ordered, Pageable pageable) {
        if (pageable.isUnpaged()) {
            List<?> all = ordered.all();
            return PageableExecutionUtils.getPage(all, pageable, () -> all.size());
        }
        List<?> content = ordered.offset(pageable.getOffset()).limit(pageable.getPageSize()).all();
        return PageableExecutionUtils.getPage(content, pageable, filtered::count);
    }

    /** A slice reads one row more than the page to know whether another follows; never counts. */
    private Object slice(Query<?> ordered, Pageable pageable) {
        if (pageable.isUnpaged()) {
            return new SliceImpl<Object>(new ArrayList<>(ordered.all()), pageable, false);
        }
        List<?> rows = ordered.offset(pageable.getOffset()).limit(pageable.getPageSize() + 1L).all();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<Object>(new ArrayList<>(more ? rows.subList(0, pageable.getPageSize()) : rows), pageable, more);
    }

    /**
     * {@code deleteBy}: one bulk DELETE when nothing cascades and no join is involved, else the
     * objects are loaded and deleted through the session (cascades, versions, association rows).
     */
    private Object delete(Session session, Query<?> query) {
        Class<?> returned = method.getReturnedObjectType();
        boolean wantsObjects = method.isCollectionQuery() || mapping.type().isAssignableFrom(returned);
        long deleted;
        List<Object> objects = new ArrayList<>();
        if (wantsObjects || !joins.isEmpty() || OrmDeletes.needObjects(mapping)) {
            for (Object o : query.all()) {
                session.delete(o);
                objects.add(o);
            }
            session.flush();
            deleted = objects.size();
        } else {
            try {
                deleted = query.delete(SynchronizeSession.EVALUATE);
            } catch (InvalidRequestException notEvaluable) {
                deleted = query.delete(SynchronizeSession.FETCH);
            }
        }
        if (method.isCollectionQuery()) {
            return objects;
        }
        if (wantsObjects) {
            return objects.isEmpty() ? null : objects.get(0);
        }
        if (returned == int.class || returned == Integer.class) {
            return (int) deleted;
        }
        return returned == void.class || returned == Void.class ? null : deleted;
    }
}
