package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import dev.ormkit.event.Events;
import dev.ormkit.event.LazyLoadEvent;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.exc.LazyLoadRaisedException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The lazy strategies ({@code select}, {@code raise}, {@code noload}): what a loaded object's
 * relationship fields hold before anything touched them, and what touching them does.
 * <ul>
 * <li>a collection gets an {@link InstrumentedCollection} that loads on first use;</li>
 * <li>a many-to-one gets the related object itself when the session already has it (no SQL,
 *     as SQLAlchemy's identity-map shortcut), else a {@link ProxyFactory proxy} that loads on
 *     first use of anything but its key; a class that cannot be proxied, and a one-to-one
 *     whose key lives in the other table (null or not cannot be known without a query), load
 *     with the query instead;</li>
 * <li>{@code noload} leaves the field empty and {@code raise} makes first use throw.</li>
 * </ul>
 */
final class LazyLoader {
    private LazyLoader() {
    }

    /**
     * Installs collections and references on a newly loaded object. Relationships left unloaded
     * and not lazy collections (eager ones, and references that need a query) are for
     * {@link ResultLoader} to load after the query.
     */
    static void install(Session session, InstanceState state, LoadPlan plan) {
        state.plan(plan);
        Object entity = state.entity();
        List<RelationshipAttribute> rels = state.relationships();
        for (int i = 0; i < rels.size(); i++) {
            RelationshipAttribute r = rels.get(i);
            Lazy strategy = plan.strategy(r);
            if (r.isCollection() && !instrumentable(r)) {
                if (strategy == Lazy.NOLOAD) {
                    state.markLoaded(i);
                }
                continue; // a concrete collection type: ResultLoader loads it with the query
            }
            if (r.isCollection()) {
                InstrumentedCollection<?> c = newCollection(state, r, strategy == Lazy.NOLOAD);
                c.mode(strategy == Lazy.RAISE ? LoadMode.RAISE : LoadMode.LAZY);
                r.set(entity, c);
                state.snapshotRelationship(i, c);
                if (strategy == Lazy.NOLOAD) {
                    state.markLoaded(i);
                }
                continue;
            }
            r.set(entity, null);
            state.snapshotRelationship(i, null);
            if (strategy == Lazy.NOLOAD) {
                state.markLoaded(i);
            } else if (!plan.isEager(r) && r.direction() == Direction.MANY_TO_ONE) {
                // a reference, or when that needs a query, left unloaded for the query to load
                reference(session, state, i, r, strategy == Lazy.RAISE ? LoadMode.RAISE : LoadMode.LAZY);
            }
        }
    }

    /** Installs a loaded collection holding what the object's field held (a new object joining a session). */
    @SuppressWarnings("unchecked")
    static void instrument(InstanceState state) {
        Object entity = state.entity();
        for (RelationshipAttribute r : state.relationships()) {
            if (!r.isCollection() || r.get(entity) instanceof InstrumentedCollection<?>) {
                continue;
            }
            if (!instrumentable(r)) {
                continue; // a concrete collection type the program chose stays as it is
            }
            Collection<Object> before = (Collection<Object>) r.get(entity);
            InstrumentedCollection<?> c = newCollection(state, r, true);
            if (before != null) {
                for (Object o : before) {
                    ((Collection<Object>) c.delegate).add(o);
                }
            }
            r.set(entity, c);
        }
    }

    /**
     * True when the field's declared type is one an {@link InstrumentedCollection} can stand in
     * for ({@code List}, {@code Set}, {@code Collection}). A field declared as a concrete or
     * sorted type cannot load lazily and is loaded with the query instead.
     */
    static boolean instrumentable(RelationshipAttribute r) {
        Class<?> t = r.field().getType();
        return t == java.util.List.class || t == Set.class || t == Collection.class;
    }

    private static InstrumentedCollection<?> newCollection(InstanceState state, RelationshipAttribute r, boolean loaded) {
        return Set.class.isAssignableFrom(r.field().getType())
                ? new InstrumentedSet(state, r, loaded) : new InstrumentedList(state, r, loaded);
    }

    /**
     * Sets a many-to-one reference from the object's foreign key: the session's object, or a
     * proxy. False when it needs a query (the target class cannot be proxied).
     */
    static boolean reference(Session session, InstanceState state, int index, RelationshipAttribute r, LoadMode mode) {
        Object entity = state.entity();
        EntityMapping<?> target = r.target();
        Object[] key = new Object[r.pairs().size()];
        List<ColumnAttribute> pk = target.primaryKey();
        if (pk.size() != key.length) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            ColumnPair p = r.pairs().get(k);
            ColumnAttribute local = state.mapping().attributeFor(p.local());
            Object v = local == null ? null : local.get(entity);
            if (v == null) {
                state.markLoaded(index); // no key: no related object
                return true;
            }
            if (!pk.get(k).column().name().equals(p.remote().name())) {
                return false; // joined on something other than the key: not an identity lookup
            }
            key[k] = v;
        }
        EntityKey ek = target.keyFor(key.length == 1 ? key[0] : key);
        InstanceState found = session.identityState(ek);
        Object value;
        if (found != null) {
            value = found.entity();
            ProxyHandler h = ProxyFactory.handlerOf(value);
            if (h != null) {
                h.allow(mode);
            }
        } else if (target.subclasses().isEmpty() && ProxyFactory.canProxy(target)) {
            value = session.newProxy(target, ek, key, r, state, mode);
        } else {
            return false;
        }
        r.set(entity, value);
        state.snapshotRelationship(index, value);
        state.markLoaded(index);
        return true;
    }

    /** After an object's columns were (re)read: its unloaded many-to-one references can now be set from the keys. */
    static void referencesAfterReload(Session session, InstanceState state) {
        List<RelationshipAttribute> rels = state.relationships();
        for (int i = 0; i < rels.size(); i++) {
            RelationshipAttribute r = rels.get(i);
            if (!r.isCollection() && r.direction() == Direction.MANY_TO_ONE && !state.isLoaded(r.name())
                    && r.get(state.entity()) == null) {
                LoadPlan plan = state.plan();
                Lazy s = plan == null ? r.lazy() : plan.strategy(r);
                if (s != Lazy.NOLOAD) {
                    reference(session, state, i, r, s == Lazy.RAISE ? LoadMode.RAISE : LoadMode.LAZY);
                }
            }
        }
    }

    /** First use of an unloaded collection. */
    static void loadCollection(InstrumentedCollection<?> c) {
        InstanceState state = c.owner;
        RelationshipAttribute r = c.relationship;
        Session session = state.session();
        if (!state.isPersistent() && state.isPending()) {
            c.markLoaded();
            return;
        }
        if (session == null || !session.isOpen()) {
            throw detached(state, r.name());
        }
        if (c.mode() == LoadMode.RAISE) {
            throw raised(state, r);
        }
        Events events = session.factory().engine().events();
        if (!events.hasOrmListeners()) {
            session.lazyLoad(state, r);
        } else {
            // siblings that batch lazy loading may load in the same statement
            List<InstanceState> siblings = session.factory().lazyLoadBatchSize() > 1
                    ? unloadedSiblings(state, s -> s.relationships().contains(r) && !s.isLoaded(r.name())) : List.of();
            String location = session.factory().callSites().location();
            long started = System.nanoTime();
            session.lazyLoad(state, r);
            long nanos = System.nanoTime() - started;
            int batch = 1;
            for (InstanceState s : siblings) {
                batch += s.isLoaded(r.name()) ? 1 : 0;
            }
            events.fireLazyLoaded(new LazyLoadEvent(r.owner().getName(), r.name(), state.describe(), batch, nanos,
                    location));
        }
        if (!c.isLoaded()) {
            c.markLoaded(); // nothing to load (no key)
        }
    }

    /** The other objects of {@code state}'s query result, in its session, that {@code unloaded} accepts. */
    private static List<InstanceState> unloadedSiblings(InstanceState state, Predicate<InstanceState> unloaded) {
        LoadContext origin = state.origin();
        if (origin == null) {
            return List.of();
        }
        List<InstanceState> out = new ArrayList<>();
        for (InstanceState s : origin.states()) {
            if (s != state && s.session() == state.session() && s.object() != null && unloaded.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** First use of a proxy. */
    static void loadProxy(ProxyHandler h, @Nullable String method) {
        Session session = h.state.session();
        if (session == null || !session.isOpen()) {
            throw new DetachedInstanceException("Cannot load " + h.state.describe() + " (" + h.via.owner().getSimpleName()
                    + "." + h.via.name() + " of " + h.parent.describe() + ")" + (method == null ? "" : " to call " + method + "()")
                    + ": the object is detached, its session is closed. Load it while the session is open "
                    + "(joinedLoad/selectinLoad(" + h.via.owner().getSimpleName() + "_." + h.via.name()
                    + ")), or merge() it into a new session");
        }
        if (h.mode() == LoadMode.RAISE) {
            throw raised(h.parent, h.via);
        }
        Events events = session.factory().engine().events();
        if (!events.hasOrmListeners()) {
            session.loadProxy(h);
            return;
        }
        List<ProxyHandler> siblings = new ArrayList<>();
        if (session.factory().lazyLoadBatchSize() > 1) {
            for (InstanceState s : unloadedSiblings(h.parent, s -> s.relationships().contains(h.via))) {
                ProxyHandler other = ProxyFactory.handlerOf(h.via.get(s.entity()));
                if (other != null && other != h && !other.isLoaded() && !siblings.contains(other)) {
                    siblings.add(other);
                }
            }
        }
        String location = session.factory().callSites().location();
        long started = System.nanoTime();
        session.loadProxy(h);
        long nanos = System.nanoTime() - started;
        int batch = 1;
        for (ProxyHandler other : siblings) {
            batch += other.isLoaded() ? 1 : 0;
        }
        events.fireLazyLoaded(new LazyLoadEvent(h.via.owner().getName(), h.via.name(), h.parent.describe(), batch, nanos,
                location));
    }

    static DetachedInstanceException detached(InstanceState state, String attribute) {
        return new DetachedInstanceException("Cannot load " + state.mapping().type().getSimpleName() + "." + attribute
                + " of " + state.describe() + ": the object is detached (its session is closed or it was expunged), "
                + "and the attribute was never loaded. Load it while the session is open (selectinLoad("
                + state.mapping().type().getSimpleName() + "_." + attribute + ")), or merge() the object into a new session");
    }

    static LazyLoadRaisedException raised(InstanceState state, RelationshipAttribute r) {
        String name = r.owner().getSimpleName() + "." + r.name();
        return new LazyLoadRaisedException(name + " of " + state.describe() + " is not loaded and is set to raise "
                + "(raiseLoad or lazy = RAISE) instead of loading lazily. Load it with the query: options(selectinLoad("
                + r.owner().getSimpleName() + "_." + r.name() + ")) or joinedLoad(...)");
    }
}
