package dev.ormkit.spring.data;

import java.util.List;
import java.util.Optional;
import dev.ormkit.orm.Query;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.OrderByItem;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

/** The fragment behind {@link OrmPredicateExecutor}: the criterion as the WHERE of {@code session.query(type)}. */
final class OrmPredicateExecutorImpl<T> implements OrmPredicateExecutor<T> {
    private final OrmEntityInformation<T, ?> entity;
    private final OrmSessionContext sessions;

    OrmPredicateExecutorImpl(OrmEntityInformation<T, ?> entity, OrmSessionContext sessions) {
        this.entity = entity;
        this.sessions = sessions;
    }

    private Query<T> where(Expression<Boolean> criterion) {
        Assert.notNull(criterion, "The criterion must not be null");
        return sessions.currentSession().query(entity.getJavaType()).filter(criterion);
    }

    private Query<T> sorted(Query<T> query, Sort sort) {
        List<OrderByItem> order = OrmSorts.orderBy(entity.mapping(), sort);
        return order.isEmpty() ? query : query.orderBy(order.toArray(OrderByItem[]::new));
    }

    @Override
    public Optional<T> findOne(Expression<Boolean> criterion) {
        List<T> found = where(criterion).limit(2).all();
        if (found.size() > 1) {
            throw new IncorrectResultSizeDataAccessException("findOne expects at most one "
                    + entity.getJavaType().getSimpleName() + " matching the criterion, but more match", 1);
        }
        return found.stream().findFirst();
    }

    @Override
    public List<T> findAll(Expression<Boolean> criterion) {
        return where(criterion).all();
    }

    @Override
    public List<T> findAll(Expression<Boolean> criterion, Sort sort) {
        Assert.notNull(sort, "Sort must not be null");
        return sorted(where(criterion), sort).all();
    }

    @Override
    public Page<T> findAll(Expression<Boolean> criterion, Pageable pageable) {
        Assert.notNull(pageable, "Pageable must not be null");
        Query<T> query = where(criterion);
        Query<T> ordered = sorted(query, pageable.getSort());
        if (pageable.isUnpaged()) {
            List<T> all = ordered.all();
            return PageableExecutionUtils.getPage(all, pageable, all::size);
        }
        List<T> content = ordered.offset(pageable.getOffset()).limit(pageable.getPageSize()).all();
        return PageableExecutionUtils.getPage(content, pageable, query::count);
    }

    @Override
    public long count(Expression<Boolean> criterion) {
        return where(criterion).count();
    }

    @Override
    public boolean exists(Expression<Boolean> criterion) {
        return where(criterion).exists();
    }
}
