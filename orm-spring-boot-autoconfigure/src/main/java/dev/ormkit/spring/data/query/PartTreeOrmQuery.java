package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
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
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * A query derived from the method name: Spring Data's {@link PartTree} parses it, this class
 * renders it with ormkit's expression language on {@code session.query(type)}. Everything
 * that can be checked without arguments is checked when the repository is made: unknown
 * properties (Spring Data's own message), keywords with no SQL meaning, paths through
 * relationships.
 *
 * <p>A projection return type (closed interface, record or DTO, or the {@code Class<T>}
 * argument of a dynamic projection) selects only its columns ({@link ProjectionSelect}); an
 * open projection loads the objects and lets Spring Data project them. A {@code Window} scrolls
 * by keyset ({@link KeysetScroll}) or by offset, never counting.
 */
public class PartTreeOrmQuery implements RepositoryQuery {
    /** Keywords that have no portable SQL rendering here: rejected at start-up. */
    private static final Set<Part.Type> UNSUPPORTED = Set.of(Part.Type.NEAR, Part.Type.WITHIN, Part.Type.REGEX,
            Part.Type.EXISTS);
    /** Keywords that may name a relationship rather than a column. */
    private static final Set<Part.Type> ON_RELATIONSHIPS = Set.of(Part.Type.IS_EMPTY, Part.Type.IS_NOT_EMPTY,
            Part.Type.SIMPLE_PROPERTY, Part.Type.NEGATING_SIMPLE_PROPERTY, Part.Type.IS_NULL, Part.Type.IS_NOT_NULL);

    private final OrmQueryMethod method;
    private final OrmSessionContext sessions;
    private final EntityMapping<?> mapping;
    private final PartTree tree;
    private final PropertyJoins joins;
    /** What each part compares, in tree order (OR branches of AND parts). */
    private final List<List<PartTarget>> targets = new ArrayList<>();
    private final List<OrderByItem> treeOrder;
    private final QueryLoaderOptions loaderOptions;
    /** The SELECT of each projection type met so far; empty when the type is projected from loaded objects. */
    private final Map<Class<?>, Optional<ProjectionSelect>> projections = new ConcurrentHashMap<>();

    /** A part's column, or the relationship it tests ({@code NovelsIsEmpty}, {@code findByWriter(w)}). */
    private record PartTarget(@Nullable ColumnAttribute column, @Nullable RelationshipAttribute relationship) {
    }

    public PartTreeOrmQuery(OrmQueryMethod method, OrmSessionContext sessions) {
        this.method = method;
        this.sessions = sessions;
        Class<?> domain = method.getEntityInformation().getJavaType();
        this.mapping = EntityMapping.of(domain);
        this.tree = new PartTree(method.getName(), domain); // unknown properties fail here, in Spring Data's words
        this.joins = new PropertyJoins(mapping);
        String where = method.describe();
        for (PartTree.OrPart or : tree) {
            List<PartTarget> branch = new ArrayList<>();
            for (Part part : or) {
                if (UNSUPPORTED.contains(part.getType())) {
                    throw new IllegalStateException(where + ": the keyword " + part.getType() + " (in '" + part
                            + "') is not supported by ormkit repositories; supported are the comparisons, LIKE"
                            + " forms, IN, NULL, TRUE/FALSE, BETWEEN and IsEmpty. Write it with @Query instead");
                }
                RelationshipAttribute relationship = ON_RELATIONSHIPS.contains(part.getType())
                        ? joins.resolveRelationship(part.getProperty(), where) : null;
                if (relationship != null) {
                    if (part.getType() == Part.Type.IS_EMPTY || part.getType() == Part.Type.IS_NOT_EMPTY) {
                        RelationshipCriteria.checkCollection(relationship, where);
                    } else {
                        RelationshipCriteria.checkReference(relationship, where);
                    }
                    branch.add(new PartTarget(null, relationship));
                    continue;
                }
                if (part.getType() == Part.Type.IS_EMPTY || part.getType() == Part.Type.IS_NOT_EMPTY) {
                    throw new IllegalStateException(where + ": IsEmpty/IsNotEmpty need a collection relationship;"
                            + " '" + part.getProperty().toDotPath() + "' is not one");
                }
                ColumnAttribute column = joins.resolve(part.getProperty(), where);
                if (part.shouldIgnoreCase() == Part.IgnoreCaseType.ALWAYS && column.javaType() != String.class) {
                    throw new IllegalStateException(where + ": IgnoreCase on '" + part.getProperty().toDotPath()
                            + "', which is not a String");
                }
                branch.add(new PartTarget(column, null));
            }
            targets.add(branch);
        }
        this.treeOrder = order(tree.getSort(), where);
        this.loaderOptions = QueryLoaderOptions.of(method);
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
        if (tree.isCountProjection()) {
            return entities(session, accessor).count();
        }
        if (tree.isExistsProjection()) {
            return entities(session, accessor).exists();
        }
        if (tree.isDelete()) {
            return delete(session, entities(session, accessor));
        }
        ResultProcessor processor = method.getResultProcessor().withDynamicProjection(accessor);
        ReturnedType returned = processor.getReturnedType();
        ProjectionSelect projection = returned.isProjecting() ? projection(returned.getReturnedType()) : null;
        Function<Object, Object> result = projection != null ? projection::project
                : returned.isProjecting() ? processor::processResult : Function.identity();
        if (method.isScrollQuery()) {
            return scroll(session, accessor, projection, result);
        }
        Query<?> query = projection == null ? entities(session, accessor) : filtered(projection.query(session, List.of()),
                accessor, projection.repeatsRows());
        Query<?> sorted = ordered(query, accessor.getSort());
        // loader options shape loaded objects; a projection loads none
        Query<?> ordered = projection == null ? loaderOptions.applyTo(sorted, arguments) : sorted;
        if (method.isPageQuery()) {
            return page(() -> entities(session, accessor).count(), ordered, accessor.getPageable(), result);
        }
        if (method.isSliceQuery()) {
            return slice(ordered, accessor.getPageable(), result);
        }
        Query<?> limited = limited(ordered, accessor);
        if (method.isStreamQuery()) {
            return limited.stream().map(result);
        }
        if (method.isCollectionQuery()) {
            return limited.all().stream().map(result).toList();
        }
        List<?> found = limited.limit(tree.isLimiting() ? 1 : 2).all();
        if (found.size() > 1) {
            throw new org.springframework.dao.IncorrectResultSizeDataAccessException(method.describe()
                    + " expects at most one " + mapping.type().getSimpleName() + " but found more", 1);
        }
        return found.isEmpty() ? null : result.apply(found.get(0));
    }

    /** The SELECT of projection {@code type}, made once per type; null when it is projected from loaded objects. */
    private @Nullable ProjectionSelect projection(Class<?> type) {
        return projections.computeIfAbsent(type, t -> Optional.ofNullable(ProjectionSelect.of(t,
                method.projectionFactory(), mapping, joins, method.describe()))).orElse(null);
    }

    /** The objects the criteria select, with their joins, WHERE and DISTINCT: what counts, exists and deletes read. */
    private Query<?> entities(Session session, ParametersParameterAccessor accessor) {
        return filtered(joins.apply(session.query(mapping.type())), accessor, joins.repeatsRows());
    }

    /** {@code base} with the WHERE of the tree and DISTINCT when asked for or when joins repeat rows. */
    private Query<?> filtered(Query<?> base, ParametersParameterAccessor accessor, boolean repeatsRows) {
        Query<?> query = base;
        Iterator<Object> values = accessor.iterator();
        List<Expression<Boolean>> ors = new ArrayList<>();
        int b = 0;
        for (PartTree.OrPart or : tree) {
            List<Expression<Boolean>> ands = new ArrayList<>();
            int p = 0;
            for (Part part : or) {
                ands.add(criterion(part, targets.get(b).get(p++), values));
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
        if (tree.isDistinct() || repeatsRows) {
            query = query.distinct();
        }
        return query;
    }

    private Expression<Boolean> criterion(Part part, PartTarget target, Iterator<Object> values) {
        RelationshipAttribute relationship = target.relationship();
        if (relationship == null) {
            return criterion(part, java.util.Objects.requireNonNull(target.column()), values);
        }
        return switch (part.getType()) {
            case IS_EMPTY -> RelationshipCriteria.isEmpty(relationship, true);
            case IS_NOT_EMPTY -> RelationshipCriteria.isEmpty(relationship, false);
            case IS_NULL -> RelationshipCriteria.references(relationship, null, false);
            case IS_NOT_NULL -> RelationshipCriteria.references(relationship, null, true);
            case NEGATING_SIMPLE_PROPERTY -> RelationshipCriteria.references(relationship, values.next(), true);
            default -> RelationshipCriteria.references(relationship, values.next(), false);
        };
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
        int max = maxResults(accessor);
        return max < 0 ? query : query.limit(max);
    }

    /** The smaller of Top/First N and a {@link Limit} argument; -1 when neither limits. */
    private int maxResults(ParametersParameterAccessor accessor) {
        Limit limit = accessor.getLimit();
        int max = -1;
        if (tree.isLimiting()) {
            max = java.util.Objects.requireNonNull(tree.getMaxResults());
        }
        if (limit.isLimited()) {
            max = max < 0 ? limit.max() : Math.min(max, limit.max());
        }
        return max;
    }

    /**
     * A {@link Window}: after a keyset position by the keyset criterion ({@link KeysetScroll}),
     * after an offset position by OFFSET; one row more than the limit is read to know whether
     * more follow, and nothing is counted.
     */
    private Window<?> scroll(Session session, ParametersParameterAccessor accessor, @Nullable ProjectionSelect projection,
                             Function<Object, Object> result) {
        ScrollPosition position = accessor.getScrollPosition();
        int limit = maxResults(accessor);
        if (position instanceof KeysetScrollPosition keyset) {
            KeysetScroll scroll = KeysetScroll.of(mapping, tree.getSort().and(accessor.getSort()), method.describe());
            Query<?> query = projection == null ? entities(session, accessor)
                    : filtered(projection.query(session, scroll.keyColumns()), accessor, projection.repeatsRows());
            Expression<Boolean> beyond = scroll.beyond(keyset);
            if (beyond != null) {
                query = query.filter(beyond);
            }
            query = query.orderBy(scroll.order(keyset).toArray(OrderByItem[]::new));
            List<?> found = (limit < 0 ? query : query.limit(limit + 1L)).all();
            return scroll.window(found, limit, keyset, result);
        }
        long start = position instanceof OffsetScrollPosition offset && !offset.isInitial() ? offset.getOffset() + 1 : 0;
        Query<?> query = projection == null ? entities(session, accessor)
                : filtered(projection.query(session, List.of()), accessor, projection.repeatsRows());
        Query<?> ordered = ordered(query, accessor.getSort());
        if (start > 0) {
            ordered = ordered.offset(start);
        }
        List<?> found = (limit < 0 ? ordered : ordered.limit(limit + 1L)).all();
        boolean more = limit >= 0 && found.size() > limit;
        List<Object> content = (more ? found.subList(0, limit) : found).stream().map(result).toList();
        return Window.from(content, OffsetScrollPosition.positionFunction(start), more);
    }

    /** A page: LIMIT/OFFSET, and the count only when the rows cannot tell the total. */
    private Object page(LongSupplier count, Query<?> ordered, Pageable pageable, Function<Object, Object> result) {
        if (pageable.isUnpaged()) {
            List<Object> all = ordered.all().stream().map(result).toList();
            return PageableExecutionUtils.getPage(all, pageable, () -> all.size());
        }
        List<Object> content = ordered.offset(pageable.getOffset()).limit(pageable.getPageSize()).all().stream()
                .map(result).toList();
        return PageableExecutionUtils.getPage(content, pageable, count);
    }

    /** A slice reads one row more than the page to know whether another follows; never counts. */
    private Object slice(Query<?> ordered, Pageable pageable, Function<Object, Object> result) {
        if (pageable.isUnpaged()) {
            return new SliceImpl<>(ordered.all().stream().map(result).toList(), pageable, false);
        }
        List<?> rows = ordered.offset(pageable.getOffset()).limit(pageable.getPageSize() + 1L).all();
        boolean more = rows.size() > pageable.getPageSize();
        List<?> kept = more ? rows.subList(0, pageable.getPageSize()) : rows;
        return new SliceImpl<>(kept.stream().map(result).toList(), pageable, more);
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
