package dev.ormkit.orm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.RowValues;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityKey;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.schema.Column;
import org.jspecify.annotations.Nullable;

/**
 * Turns the columns of one mapped class in a result row into an object, through the
 * session's identity map: an object already in the session is returned as it is (and
 * reloaded from the row first when expired); a new one is created, filled and made
 * persistent, with every relationship marked unloaded for a loader to fill.
 *
 * <p>The class's columns sit in the row from {@code offset} on, in
 * {@code mapping.selectedColumns()} order, as {@code select(User.class)} produces them.
 */
final class EntityRowLoader<E> {
    private final SessionImpl session;
    private final EntityMapping<E> mapping;
    private final List<Column<?>> selected;
    private final int offset;
    private final @Nullable LoadPlan plan;
    /** The mappings' default plans, when no plan was given: one per loader, not one per row. */
    private final Map<EntityMapping<?>, LoadPlan> defaults = new HashMap<>();
    private final int[] keyPositions;
    /** The Java type of a single-column key, which its values are converted to; null for a composite key. */
    private final @Nullable Class<?> keyType;
    /** The hierarchy's root class, which identity keys name. */
    private final Class<?> rootType;
    private final int discriminatorPosition;
    /** Per mapping (a subclass read through its root), the row position of each column attribute. */
    private final Map<EntityMapping<?>, int[]> layouts = new HashMap<>();
    /** New objects of a joined subclass read through a superclass: their own tables' columns are still to read. */
    private final List<InstanceState> incomplete = new java.util.ArrayList<>();
    /**
     * The key column values of the last row read and its object: rows of a joined load repeat
     * their parent on consecutive rows, and comparing the key columns with the previous row's is
     * cheaper than building the key and looking it up again. Forgotten by {@link #startRows}.
     */
    private final @Nullable Object[] lastKey;
    private @Nullable InstanceState lastState;

    EntityRowLoader(SessionImpl session, EntityMapping<E> mapping, int offset) {
        this(session, mapping, offset, null);
    }

    /** A loader whose new objects get their relationships set up by {@code plan} (the mapping's defaults when null). */
    EntityRowLoader(SessionImpl session, EntityMapping<E> mapping, int offset, @Nullable LoadPlan plan) {
        this.plan = plan;
        this.session = session;
        this.mapping = mapping;
        this.selected = mapping.selectedColumns();
        this.offset = offset;
        List<ColumnAttribute> pk = mapping.primaryKey();
        this.keyPositions = new int[pk.size()];
        this.lastKey = new Object[pk.size()];
        this.keyType = pk.size() == 1 ? pk.get(0).javaType() : null;
        this.rootType = mapping.rootType();
        for (int i = 0; i < keyPositions.length; i++) {
            keyPositions[i] = positionOf(pk.get(i).column());
        }
        Column<?> disc = mapping.discriminatorColumn();
        this.discriminatorPosition = disc == null ? -1 : positionOf(disc);
    }

    /** Objects loaded as a joined subclass of the queried class, whose subclass columns the row did not hold. */
    List<InstanceState> incomplete() {
        return incomplete;
    }

    /** How many row values this loader reads. */
    int width() {
        return selected.size();
    }

    private int positionOf(Column<?> column) {
        for (int i = 0; i < selected.size(); i++) {
            if (selected.get(i) == column) {
                return i;
            }
        }
        for (int i = 0; i < selected.size(); i++) { // a subclass table's copy of the key: match by name
            if (selected.get(i).name().equals(column.name())) {
                return i;
            }
        }
        return -1;
    }

    private int[] layout(EntityMapping<?> m) {
        int[] known = layouts.get(m);
        if (known != null) {
            return known; // no capturing lambda per row
        }
        return layouts.computeIfAbsent(m, k -> {
            List<ColumnAttribute> attrs = k.columnAttributes();
            int[] out = new int[attrs.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = positionOf(attrs.get(i).column());
            }
            return out;
        });
    }

    /** The object of the row, or null when the row holds no such object (all key columns null). */
    @SuppressWarnings("unchecked")
    @Nullable E load(RowValues row) {
        InstanceState state = loadState(row);
        return state == null ? null : (E) state.entity();
    }

    /**
     * A new run of rows begins (a statement's, or the next batch of a stream): the object of the
     * previous row is not carried over, since the session may have let it go in between.
     */
    void startRows() {
        lastState = null;
        java.util.Arrays.fill(lastKey, null);
    }

    /**
     * {@link #load}, answering the object's state. Each key column is read once per row: the
     * value decides whether the row repeats the previous row's object, finds the object in the
     * identity map, and fills the key field of a new one.
     */
    @Nullable InstanceState loadState(RowValues row) {
        if (keyPositions.length == 1) {
            return loadBySingleKey(row);
        }
        Object[] key = new Object[keyPositions.length];
        for (int i = 0; i < key.length; i++) {
            Object v = keyPositions[i] < 0 ? null : row.get(offset + keyPositions[i]);
            if (v == null) {
                lastState = null;
                return null;
            }
            key[i] = v;
        }
        InstanceState previous = lastState;
        if (previous != null && java.util.Arrays.equals(key, lastKey) && !previous.isExpired()) {
            return previous; // the previous row's object: the identity map would answer the same
        }
        lastState = null;
        System.arraycopy(key, 0, lastKey, 0, key.length);
        List<ColumnAttribute> pk = mapping.primaryKey();
        for (int i = 0; i < key.length; i++) {
            key[i] = JdbcValues.convert(key[i], pk.get(i).javaType());
        }
        InstanceState state = stateOf(mapping.keyFor(key), null, row, -1);
        lastState = state;
        return state;
    }

    private @Nullable InstanceState loadBySingleKey(RowValues row) {
        int position = keyPositions[0];
        Object raw = position < 0 ? null : row.get(offset + position);
        if (raw == null) {
            lastState = null;
            return null;
        }
        InstanceState previous = lastState;
        if (previous != null && raw.equals(lastKey[0]) && !previous.isExpired()) {
            return previous; // the previous row's object: the identity map would answer the same
        }
        lastState = null;
        lastKey[0] = raw;
        InstanceState state = stateOf(null, JdbcValues.convert(raw, keyType), row, position);
        lastState = state;
        return state;
    }

    /**
     * The session's object for the row, reloaded from the row when expired, or a new one read
     * from the row. The row's key: {@code identity} for a composite key; for a single-column key
     * (identity null) {@code keyValue}, already read from the loader's column {@code keyPosition}
     * (-1 for a composite key), looked up without an {@link EntityKey}.
     */
    private InstanceState stateOf(@Nullable EntityKey identity, @Nullable Object keyValue, RowValues row,
                                  int keyPosition) {
        InstanceState existing = identity != null ? session.objects.get(identity)
                : session.objects.get(rootType, java.util.Objects.requireNonNull(keyValue));
        Object key = identity != null ? identity : keyValue; // for messages
        if (existing != null) {
            if (existing.isExpired()) {
                populate(existing, row, existing.discardsChangesOnReload());
                existing.unexpire();
                Instrumentation.referencesAfterReload(session, existing);
            }
            return existing;
        }
        EntityMapping<?> target = mapping;
        if (discriminatorPosition >= 0) {
            EntityMapping<?> sub = mapping.forDiscriminator(row.get(offset + discriminatorPosition));
            if (sub != null) {
                target = sub;
            }
        }
        Object entity = target.newInstance();
        int[] positions = layout(target);
        List<ColumnAttribute> attrs = target.columnAttributes();
        // the values read become the object's baseline as they are: the array is the state's
        Object[] committed = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            ColumnAttribute a = attrs.get(i);
            int p = positions[i];
            Object value;
            if (p < 0) {
                value = null;
            } else if (p == keyPosition) {
                value = LoadedValues.convert(a, keyValue, key); // read once, for the key
            } else {
                value = LoadedValues.read(a, row, offset + p, key);
            }
            if (value != null) {
                a.set(entity, value);
                committed[i] = value;
            } else if (p >= 0) {
                a.set(entity, null); // a NULL column (a primitive field cannot hold one: read() refused it)
            } else {
                committed[i] = a.get(entity); // what a column not in the row was initialised to
            }
        }
        InstanceState state = identity != null ? session.objects.attachLoaded(entity, target, identity, committed)
                : session.objects.attachLoaded(entity, target, rootType, java.util.Objects.requireNonNull(keyValue), committed);
        if (target.tables().size() > mapping.tables().size()) {
            incomplete.add(state);
        }
        Instrumentation.install(session, state, plan != null ? plan : defaults.computeIfAbsent(target, LoadPlan::defaults));
        return state;
    }

    /**
     * Reloads an object's columns from the row. Unless {@code overwrite}, a value changed since
     * the last flush is kept (it is a change the next flush writes) and only the baseline moves.
     */
    void populate(InstanceState state, RowValues row, boolean overwrite) {
        Object entity = state.entity();
        int[] positions = layout(state.mapping());
        List<ColumnAttribute> attrs = state.attributes();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0) {
                continue;
            }
            ColumnAttribute a = attrs.get(i);
            Object value = LoadedValues.read(a, row, offset + positions[i], state);
            if (overwrite || !state.isColumnChanged(i)) {
                a.set(entity, value);
            }
            state.committedValue(i, value);
        }
    }
}
