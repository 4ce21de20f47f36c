package dev.ormkit.orm;

import dev.ormkit.event.Origin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import dev.ormkit.event.Events;
import dev.ormkit.event.LazyLoadEvent;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;

/**
 * Loads on first access what a session left unloaded: a relationship's collection or
 * reference, and a proxy's row. With batch lazy loading, the same relationship (or proxy) of up
 * to that many siblings from the same query result loads in the same statement. Every load is
 * reported to the N+1 detector and to listeners.
 */
final class LazyLoads {
    private LazyLoads() {
    }

    /**
     * Loads an unloaded relationship of {@code state} on first access: for it alone, or with
     * batch lazy loading for up to that many siblings from the same query result in one statement.
     */
    static void relationship(SessionImpl session, InstanceState state, RelationshipAttribute r) {
        session.checkOpen();
        Events events = session.factory.engine().events();
        boolean listening = events.hasOrmListeners();
        // the call site costs a stack walk: taken only for listeners
        String location = listening ? session.factory.callSites().location() : "";
        long started = System.nanoTime();
        LoadContext origin = state.origin();
        session.nPlusOne.lazyLoad(origin, r);
        List<InstanceState> batch = new ArrayList<>();
        batch.add(state);
        int size = session.factory.lazyLoadBatchSize();
        if (size > 1 && origin != null) {
            for (InstanceState s : origin.states()) {
                if (batch.size() >= size) {
                    break;
                }
                if (s != state && s.owner() == session && s.isPersistent() && s.relationships().contains(r)
                        && !s.isLoaded(r.name()) && s.object() != null && !(r.get(s.entity()) instanceof InstrumentedCollection<?> ic
                        && ic.mode() == LoadMode.RAISE)) {
                    batch.add(s);
                }
            }
        }
        session.autoflushForLoad();
        LoadPlan plan = state.plan() != null ? state.plan() : LoadPlan.defaults(state.mapping());
        SelectInLoader.load(session, r, batch, Objects.requireNonNull(plan).child(r), null, Origin.LAZY_LOAD);
        if (listening) {
            events.fireLazyLoaded(new LazyLoadEvent(r.owner().getName(), r.name(), state.describe(), batch.size(),
                    System.nanoTime() - started, location));
        }
    }

    /** Loads a proxy's row (and, with batch lazy loading, the rows of its siblings' proxies). */
    static void proxy(SessionImpl session, ProxyHandler h) {
        session.checkOpen();
        Events events = session.factory.engine().events();
        boolean listening = events.hasOrmListeners();
        String location = listening ? session.factory.callSites().location() : "";
        long started = System.nanoTime();
        LoadContext origin = h.parent.origin();
        session.nPlusOne.lazyLoad(origin, h.via);
        List<InstanceState> batch = new ArrayList<>();
        batch.add(h.state);
        int size = session.factory.lazyLoadBatchSize();
        if (size > 1 && origin != null) {
            for (InstanceState s : origin.states()) {
                if (batch.size() >= size) {
                    break;
                }
                Object parent = s.object();
                if (parent == null || s.owner() != session || !s.relationships().contains(h.via)) {
                    continue;
                }
                ProxyHandler other = ProxyFactory.handlerOf(h.via.get(parent));
                if (other != null && other != h && !other.isLoaded() && other.state.owner() == session
                        && !batch.contains(other.state)) {
                    batch.add(other.state);
                }
            }
        }
        session.autoflushForLoad();
        EntityMapping<?> mapping = h.state.mapping();
        List<ColumnAttribute> pk = mapping.primaryKey();
        List<Expression<Boolean>> alternatives = new ArrayList<>();
        for (InstanceState s : batch) {
            Object[] key = Objects.requireNonNull(s.identity()).values();
            List<Expression<Boolean>> parts = new ArrayList<>();
            for (int i = 0; i < key.length; i++) {
                parts.add(eq(pk.get(i), key[i]));
            }
            alternatives.add(Sql.and(parts));
        }
        if (batch.size() == 1) { // the factory's SELECT by key: compiled once, only values change
            KeySelect byKey = session.factory.keySelect(mapping);
            ResultLoader.run(session, byKey.select(), LoadPlan.defaults(mapping), null,
                    byKey.parameters(Objects.requireNonNull(h.state.identity()).values()), Origin.LAZY_LOAD);
        } else {
            Select select = Sql.select(mapping.clause()).where(pk.size() == 1 ? inKeys(pk.get(0), batch) : Sql.or(alternatives));
            ResultLoader.run(session, select, LoadPlan.defaults(mapping), null);
        }
        for (InstanceState s : batch) {
            ProxyHandler sh = ProxyFactory.handlerOf(s.object());
            if (!s.isExpired() && sh != null) {
                sh.markLoaded();
            }
        }
        if (h.state.isExpired()) {
            throw new InvalidRequestException("Cannot load " + h.state.describe() + ", referenced by "
                    + h.via.owner().getSimpleName() + "." + h.via.name() + " of " + h.parent.describe()
                    + ": its row no longer exists");
        }
        if (listening) {
            events.fireLazyLoaded(new LazyLoadEvent(h.via.owner().getName(), h.via.name(), h.parent.describe(),
                    batch.size(), System.nanoTime() - started, location));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expression<Boolean> eq(ColumnAttribute a, Object value) {
        return ((Expression) a.column()).eq(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expression<Boolean> inKeys(ColumnAttribute a, List<InstanceState> states) {
        List<Object> values = new ArrayList<>();
        for (InstanceState s : states) {
            values.add(Objects.requireNonNull(s.identity()).values()[0]);
        }
        return ((Expression) a.column()).in((Collection) values);
    }
}
