package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.event.Events;
import dev.ormkit.event.LazyLoadEvent;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The {@code select} strategy, the default: a relationship loads on first access.
 * <ul>
 * <li>a collection gets an {@link InstrumentedCollection} that loads on first use;</li>
 * <li>a many-to-one gets the related object itself when the session already has it (no SQL,
 *     as SQLAlchemy's identity-map shortcut), else a {@link ProxyFactory proxy} that loads on
 *     first use of anything but its key; a class that cannot be proxied, and a one-to-one
 *     whose key lives in the other table (null or not cannot be known without a query), load
 *     with the query instead.</li>
 * </ul>
 * With batch lazy loading, the same relationship (or proxy) of up to that many siblings from
 * the same query result loads in the same statement. Every load is reported to the N+1
 * detector and to listeners. The statements are the factory's prepared ones
 * ({@link LoadStatements}, {@link KeySelect}): a load binds values and builds no SQL tree.
 */
final class LazyLoader extends LoaderStrategy {
    static final LazyLoader INSTANCE = new LazyLoader();

    private LazyLoader() {
    }

    @Override
    Lazy kind() {
        return Lazy.SELECT;
    }

    // --- references --------------------------------------------------------------------------

    /**
     * Sets a many-to-one reference from the object's foreign key: the session's object, or a
     * proxy. False when it needs a query (the target class cannot be proxied).
     */
    static boolean reference(SessionImpl session, InstanceState state, int index, RelationshipAttribute r, LoadMode mode) {
        Object entity = state.entity();
        EntityMapping<?> target = r.target();
        List<ColumnPair> pairs = r.pairs();
        List<ColumnAttribute> pk = target.primaryKey();
        if (pk.size() != pairs.size()) {
            return false;
        }
        // one key value needs no array (most references, read once per loaded row)
        @Nullable Object single = null;
        @Nullable Object @Nullable [] key = pairs.size() == 1 ? null : new Object[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            ColumnPair p = pairs.get(k);
            ColumnAttribute local = state.mapping().attributeFor(p.local());
            Object v = local == null ? null : local.get(entity);
            if (v == null) {
                state.markLoaded(index); // no key: no related object
                return true;
            }
            if (!pk.get(k).column().name().equals(p.remote().name())) {
                return false; // joined on something other than the key: not an identity lookup
            }
            if (key == null) {
                single = v;
            } else {
                key[k] = v;
            }
        }
        // a single key of the key's own type is looked up by its value, no EntityKey for it
        boolean byValue = key == null && pk.get(0).javaType().isInstance(single);
        EntityKey ek = byValue ? null : target.keyFor(key == null ? single : key);
        InstanceState found = ek == null ? session.objects.get(target.rootType(), java.util.Objects.requireNonNull(single))
                : session.objects.get(ek);
        Object value;
        if (found != null) {
            value = found.entity();
            ProxyHandler h = ProxyFactory.handlerOf(value);
            if (h != null) {
                h.allow(mode);
            }
        } else if (target.subclasses().isEmpty() && ProxyFactory.canProxy(target)) {
            value = newProxy(session, target, ek, key == null ? new Object[] {single} : key, r, state, mode);
        } else {
            return false;
        }
        r.set(entity, value);
        if (found != null) {
            state.snapshotReference(index, found);
        } else {
            state.snapshotRelationship(index, value);
        }
        state.markLoaded(index);
        return true;
    }

    /** A proxy standing for the row {@code key} of {@code target}, now the session's object for that row. */
    private static Object newProxy(SessionImpl session, EntityMapping<?> target, @Nullable EntityKey identity, Object[] key,
                                   RelationshipAttribute via, InstanceState parent, LoadMode mode) {
        Object proxy = ProxyFactory.newProxy(target);
        List<ColumnAttribute> pk = target.primaryKey();
        for (int i = 0; i < key.length; i++) {
            pk.get(i).set(proxy, JdbcValues.convert(key[i], pk.get(i).javaType()));
        }
        // identity null: a single key of its own type, indexed by its value
        InstanceState state = identity != null ? session.objects.attachLoaded(proxy, target, identity, null)
                : session.objects.attachLoaded(proxy, target, target.rootType(), key[0], null);
        Instrumentation.install(session, state, LoadPlan.defaults(target));
        for (RelationshipAttribute r : state.relationships()) {
            if (!r.isCollection()) {
                state.markUnloaded(r.name()); // its foreign keys are not known until it loads
            }
        }
        state.expire(false);
        ProxyFactory.handler(proxy, new ProxyHandler(state, via, parent, mode));
        return proxy;
    }

    // --- first access --------------------------------------------------------------------------

    /** First use of an unloaded collection. */
    static void loadCollection(InstrumentedCollection<?> c) {
        InstanceState state = c.owner;
        RelationshipAttribute r = c.relationship;
        SessionImpl session = state.owner();
        if (!state.isPersistent() && state.isPending()) {
            c.markLoaded();
            return;
        }
        if (session == null || !session.isOpen()) {
            throw detached(state, r.name());
        }
        if (c.mode() == LoadMode.RAISE) {
            throw RaiseLoader.raised(state, r);
        }
        loadRelationship(session, state, r);
        if (!c.isLoaded()) {
            c.markLoaded(); // nothing to load (no key)
        }
    }

    /**
     * Loads an unloaded relationship of {@code state} on first access: for it alone, or with
     * batch lazy loading for up to that many siblings from the same query result in one statement.
     */
    static void loadRelationship(SessionImpl session, InstanceState state, RelationshipAttribute r) {
        LoadPlan plan = Objects.requireNonNullElseGet(state.plan(), () -> LoadPlan.defaults(state.mapping()));
        load(session, r, state, state, state.origin(),
                s -> s.owner() == session && s.isPersistent() && s.relationships().contains(r)
                        && !s.isLoaded(r.name()) && s.object() != null
                        && !(r.get(s.entity()) instanceof InstrumentedCollection<?> ic && ic.mode() == LoadMode.RAISE)
                        ? s : null,
                batch -> SelectInLoader.load(session, r, batch, plan.child(r), null, Origin.LAZY_LOAD));
    }

    /** First use of a proxy: loads its row (and, with batch lazy loading, the rows of its siblings' proxies). */
    static void loadProxy(ProxyHandler h, @Nullable String method) {
        SessionImpl session = h.state.owner();
        if (session == null || !session.isOpen()) {
            throw new DetachedInstanceException("Cannot load " + h.state.describe() + " (" + h.via.owner().getSimpleName()
                    + "." + h.via.name() + " of " + h.parent.describe() + ")" + (method == null ? "" : " to call " + method + "()")
                    + ": the object is detached, its session is closed. Load it while the session is open "
                    + "(joinedLoad/selectinLoad(" + h.via.owner().getSimpleName() + "_." + h.via.name()
                    + ")), or merge() it into a new session");
        }
        if (h.mode() == LoadMode.RAISE) {
            throw RaiseLoader.raised(h.parent, h.via);
        }
        load(session, h.via, h.parent, h.state, h.parent.origin(), parent -> {
            Object entity = parent.object();
            if (entity == null || parent.owner() != session || !parent.relationships().contains(h.via)) {
                return null;
            }
            ProxyHandler other = ProxyFactory.handlerOf(h.via.get(entity));
            return other != null && !other.isLoaded() && other.state.owner() == session ? other.state : null;
        }, batch -> proxyRows(session, h, batch));
    }

    /** Reads the rows of the proxies of {@code batch} (h's first) with the factory's SELECT by key(s). */
    private static void proxyRows(SessionImpl session, ProxyHandler h, List<InstanceState> batch) {
        EntityMapping<?> mapping = h.state.mapping();
        LoadPlan plan = LoadPlan.defaults(mapping);
        if (batch.size() == 1) { // the SELECT by key a get() runs: compiled once, only values change
            KeySelect byKey = session.factory.keySelect(mapping);
            ResultLoader.run(session, byKey.select(), plan, null,
                    byKey.parameters(Objects.requireNonNull(h.state.identity()).values()), Origin.LAZY_LOAD);
        } else {
            List<Object[]> keys = new ArrayList<>(batch.size());
            for (InstanceState s : batch) {
                keys.add(Objects.requireNonNull(s.identity()).values());
            }
            LoadStatements.Keyed byKeys = session.factory.loadStatements()
                    .rows(mapping, LoadStatements.size(keys.size(), session.factory.lazyLoadBatchSize()));
            ResultLoader.run(session, byKeys.select(), plan, null, byKeys.parameters(keys), Origin.LAZY_LOAD);
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
    }

    /**
     * One lazy load, reported: {@code first} and, with batch lazy loading, the siblings from the
     * same query result ({@code origin}) that {@code sibling} maps to a state still to load
     * (null: none), up to the batch size, each once; then {@code load} runs for them after the
     * autoflush a load needs. {@code owner} is the object whose relationship {@code r} was touched.
     */
    private static void load(SessionImpl session, RelationshipAttribute r, InstanceState owner, InstanceState first,
                             @Nullable LoadContext origin, Function<InstanceState, @Nullable InstanceState> sibling,
                             Consumer<List<InstanceState>> load) {
        session.checkOpen();
        Events events = session.factory.engine().events();
        boolean listening = events.hasOrmListeners();
        // the call site costs a stack walk, the duration two clock reads: taken only for listeners
        String location = listening ? session.factory.callSites().location() : "";
        long started = listening ? System.nanoTime() : 0L;
        session.nPlusOne.lazyLoad(origin, r);
        List<InstanceState> batch = new ArrayList<>();
        batch.add(first);
        int size = session.factory.lazyLoadBatchSize();
        if (size > 1 && origin != null) {
            Set<InstanceState> taken = Collections.newSetFromMap(new IdentityHashMap<>());
            taken.add(first);
            for (InstanceState s : origin.states()) {
                if (batch.size() >= size) {
                    break;
                }
                InstanceState next = sibling.apply(s);
                if (next != null && taken.add(next)) {
                    batch.add(next);
                }
            }
        }
        session.autoflushForLoad();
        load.accept(batch);
        if (listening) {
            events.fireLazyLoaded(new LazyLoadEvent(r.owner().getName(), r.name(), owner.describe(), batch.size(),
                    System.nanoTime() - started, location));
        }
    }

    static DetachedInstanceException detached(InstanceState state, String attribute) {
        return new DetachedInstanceException("Cannot load " + state.mapping().type().getSimpleName() + "." + attribute
                + " of " + state.describe() + ": the object is detached (its session is closed or it was expunged), "
                + "and the attribute was never loaded. Load it while the session is open (selectinLoad("
                + state.mapping().type().getSimpleName() + "_." + attribute + ")), or merge() the object into a new session");
    }
}
