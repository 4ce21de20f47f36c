package dev.ormkit.spring.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import dev.ormkit.orm.InstanceState;
import dev.ormkit.orm.Query;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SynchronizeSession;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.spring.tx.OrmSessionContext;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.FluentQuery;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The implementation behind every {@link OrmRepository}: reads run in read-only transactions,
 * writes in read-write ones, both joining the caller's, on the current session of
 * {@link OrmSessionContext}.
 *
 * <p>{@link #save} never issues a SELECT to find out whether to INSERT or UPDATE: an object
 * the session already manages is returned as it is; a detached one (it came from an earlier
 * session) is attached again, so its changes flush as an UPDATE and new objects reached through
 * its cascades as INSERTs (SQLAlchemy's {@code session.add} of a detached object); a new one
 * is added. Only an object that has an id but was never in a session (built from a request, say)
 * goes through {@link Session#merge}, which must read the row to know what changed.
 */
@Transactional(readOnly = true)
public class SimpleOrmRepository<T, ID> implements OrmRepository<T, ID> {
    private final OrmEntityInformation<T, ID> entity;
    private final OrmSessionContext sessions;
    private final boolean deletesNeedObjects;

    public SimpleOrmRepository(OrmEntityInformation<T, ID> entity, OrmSessionContext sessions) {
        this.entity = entity;
        this.sessions = sessions;
        this.deletesNeedObjects = OrmDeletes.needObjects(entity.mapping());
    }

    protected Session session() {
        return sessions.currentSession();
    }

    protected Class<T> type() {
        return entity.getJavaType();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Expression<Boolean> idIs(Object id) {
        return ((Expression) entity.idAttribute().column()).eq(id);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Expression<Boolean> idIn(Collection<?> ids) {
        return ((Expression) entity.idAttribute().column()).in(ids);
    }

    // --- writes -------------------------------------------------------------------------------

    @Override
    @Transactional
    public <S extends T> S save(S object) {
        Assert.notNull(object, "Entity must not be null");
        Session session = session();
        if (session.contains(object)) {
            return object;
        }
        InstanceState state = session.inspect(object);
        if (state.isDetached() || (state.isTransient() && entity.isNew(object))) {
            session.add(object);
            return object;
        }
        return session.merge(object);
    }

    @Override
    @Transactional
    public <S extends T> List<S> saveAll(Iterable<S> objects) {
        Assert.notNull(objects, "Entities must not be null");
        List<S> saved = new ArrayList<>();
        for (S object : objects) {
            saved.add(save(object));
        }
        session().flush(); // one flush: rows of a class go out as batched INSERTs / UPDATEs
        return saved;
    }

    @Override
    @Transactional
    public void deleteById(ID id) {
        Assert.notNull(id, "The given id must not be null");
        if (deletesNeedObjects) {
            T found = session().get(type(), id);
            if (found != null) {
                session().delete(found);
            }
            return;
        }
        session().query(type()).filter(idIs(id)).delete(SynchronizeSession.EVALUATE);
    }

    @Override
    @Transactional
    public void delete(T object) {
        Assert.notNull(object, "Entity must not be null");
        Session session = session();
        if (session.contains(object)) {
            session.delete(object);
            return;
        }
        InstanceState state = session.inspect(object);
        if (state.isTransient() && entity.isNew(object)) {
            return; // never saved: nothing to delete, as Spring Data's stores do
        }
        if (state.isDetached() && deletesNeedObjects) {
            session.add(object); // attached again without a SELECT; the DELETE then checks its version
            session.delete(object);
            return;
        }
        ID id = entity.getRequiredId(object);
        deleteById(id);
    }

    @Override
    @Transactional
    public void deleteAllById(Iterable<? extends ID> ids) {
        Assert.notNull(ids, "Ids must not be null");
        List<Object> keys = new ArrayList<>();
        ids.forEach(keys::add);
        if (keys.isEmpty()) {
            return;
        }
        if (deletesNeedObjects) {
            for (T found : session().query(type()).filter(idIn(keys)).all()) {
                session().delete(found);
            }
            return;
        }
        session().query(type()).filter(idIn(keys)).delete(SynchronizeSession.EVALUATE);
    }

    @Override
    @Transactional
    public void deleteAll(Iterable<? extends T> objects) {
        Assert.notNull(objects, "Entities must not be null");
        if (deletesNeedObjects) {
            for (T object : objects) {
                delete(object);
            }
            return;
        }
        List<ID> ids = new ArrayList<>();
        for (T object : objects) {
            if (session().contains(object) || !entity.isNew(object)) {
                ids.add(entity.getRequiredId(object));
            }
        }
        deleteAllById(ids);
    }

    @Override
    @Transactional
    public void deleteAll() {
        if (deletesNeedObjects) {
            for (T found : session().query(type()).all()) {
                session().delete(found);
            }
            return;
        }
        session().query(type()).delete(SynchronizeSession.EVALUATE);
    }

    // --- reads --------------------------------------------------------------------------------

    @Override
    public Optional<T> findById(ID id) {
        Assert.notNull(id, "The given id must not be null");
        return Optional.ofNullable(session().get(type(), id));
    }

    @Override
    public boolean existsById(ID id) {
        Assert.notNull(id, "The given id must not be null");
        return session().query(type()).filter(idIs(id)).exists();
    }

    @Override
    public List<T> findAll() {
        return session().query(type()).all();
    }

    @Override
    public List<T> findAllById(Iterable<ID> ids) {
        Assert.notNull(ids, "Ids must not be null");
        List<Object> keys = new ArrayList<>();
        ids.forEach(keys::add);
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        return session().query(type()).filter(idIn(keys)).all();
    }

    @Override
    public long count() {
        return session().query(type()).count();
    }

    @Override
    public List<T> findAll(Sort sort) {
        return sorted(session().query(type()), sort).all();
    }

    @Override
    public Page<T> findAll(Pageable pageable) {
        return page(session().query(type()), pageable);
    }

    private Query<T> sorted(Query<T> query, Sort sort) {
        List<OrderByItem> order = OrmSorts.orderBy(entity.mapping(), sort);
        return order.isEmpty() ? query : query.orderBy(order.toArray(OrderByItem[]::new));
    }

    /** A page of {@code query}: no LIMIT and no count when unpaged, no count when the first page is partial. */
    private Page<T> page(Query<T> query, Pageable pageable) {
        Query<T> ordered = sorted(query, pageable.getSort());
        if (pageable.isUnpaged()) {
            return PageableExecutionUtils.getPage(ordered.all(), pageable, () -> 0L);
        }
        List<T> content = ordered.offset(pageable.getOffset()).limit(pageable.getPageSize()).all();
        return PageableExecutionUtils.getPage(content, pageable, query::count);
    }

    // --- query by example ---------------------------------------------------------------------

    private <S extends T> Query<S> byExample(Example<S> example) {
        return session().query(example.getProbeType()).filter(ExampleCriteria.of(example));
    }

    @Override
    public <S extends T> Optional<S> findOne(Example<S> example) {
        return Optional.ofNullable(byExample(example).limit(2).oneOrNone());
    }

    @Override
    public <S extends T> List<S> findAll(Example<S> example) {
        return byExample(example).all();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S extends T> List<S> findAll(Example<S> example, Sort sort) {
        List<OrderByItem> order = OrmSorts.orderBy(entity.mapping(), sort);
        return byExample(example).orderBy(order.toArray(OrderByItem[]::new)).all();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S extends T> Page<S> findAll(Example<S> example, Pageable pageable) {
        return (Page<S>) page((Query<T>) byExample(example), pageable);
    }

    @Override
    public <S extends T> long count(Example<S> example) {
        return byExample(example).count();
    }

    @Override
    public <S extends T> boolean exists(Example<S> example) {
        return byExample(example).exists();
    }

    /** Not supported yet: the fluent API needs projections, which this version of the repositories lacks. */
    @Override
    public <S extends T, R> R findBy(Example<S> example, Function<FluentQuery.FetchableFluentQuery<S>, R> queryFunction) {
        throw new UnsupportedOperationException("findBy(Example, Function) (the fluent query-by-example API) is not"
                + " supported by ormkit repositories yet; use findAll(Example, Sort/Pageable), count or exists");
    }

    /** What the repository knows of its class, for subclasses. */
    protected OrmEntityInformation<T, ID> entityInformation() {
        return entity;
    }
}
