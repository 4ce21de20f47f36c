package dev.ormkit.orm;

import java.util.HashMap;
import java.util.Objects;
import dev.ormkit.mapping.EntityKey;
import org.jspecify.annotations.Nullable;

/**
 * The persistent objects of a session by row. A single-column key, which nearly every row of
 * nearly every mapping has, is looked up by its value alone in a table of its hierarchy's root
 * class, so that loading a row needs no {@link EntityKey} object; a composite key is looked up
 * by its {@link EntityKey}. Both answer the same: an {@code EntityKey} of a single-column key is
 * found in its root's table by {@link EntityKey#value()}.
 */
final class KeyIndex {
    /** Per root class, its objects of single-column keys by key value. */
    private final HashMap<Class<?>, KeyTable> single = new HashMap<>();
    /** Never changed: the composite-key map until the first composite key, and again after clear. */
    private static final HashMap<EntityKey, InstanceState> NO_COMPOSITE = new HashMap<>(0);

    private HashMap<EntityKey, InstanceState> composite = NO_COMPOSITE;
    /**
     * The root classes of the last two look-ups and their tables: a load asks for one class row
     * after row, or two in turn (a post, then its author for the lazy reference).
     */
    private @Nullable Class<?> lastRoot;
    private @Nullable KeyTable lastTable;
    private @Nullable Class<?> previousRoot;
    private @Nullable KeyTable previousTable;

    @Nullable InstanceState get(EntityKey key) {
        return key.isComposite() ? composite.get(key) : get(key.rootType(), key.value());
    }

    /** The object of root class {@code root} whose single-column key is {@code value}. */
    @Nullable InstanceState get(Class<?> root, Object value) {
        KeyTable table = table(root, false);
        return table == null ? null : table.get(value);
    }

    void put(EntityKey key, InstanceState state) {
        if (key.isComposite()) {
            composites().put(key, state);
        } else {
            put(key.rootType(), key.value(), state);
        }
    }

    void put(Class<?> root, Object value, InstanceState state) {
        Objects.requireNonNull(table(root, true)).put(value, state);
    }

    /**
     * Up to {@code count} objects of root class {@code root} are about to be added by one
     * statement's rows: its table makes room for all of them at once, instead of doubling again
     * and again on the way (rehashing every entry each time).
     */
    void expect(Class<?> root, int count) {
        Objects.requireNonNull(table(root, true)).ensureRoomFor(count);
    }

    void putIfAbsent(EntityKey key, InstanceState state) {
        if (key.isComposite()) {
            composites().putIfAbsent(key, state);
        } else {
            table(key.rootType(), true).putIfAbsent(key.value(), state);
        }
    }

    /** Takes out the entry of {@code key} when it is {@code state}'s. */
    void remove(EntityKey key, InstanceState state) {
        if (key.isComposite()) {
            composite.remove(key, state);
        } else {
            KeyTable table = table(key.rootType(), false);
            if (table != null) {
                table.remove(key.value(), state);
            }
        }
    }

    boolean isEmpty() {
        if (!composite.isEmpty()) {
            return false;
        }
        for (KeyTable table : single.values()) {
            if (!table.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Forgets every object, and the tables' memory with them. */
    void clear() {
        single.clear();
        composite = NO_COMPOSITE;
        lastRoot = null;
        lastTable = null;
        previousRoot = null;
        previousTable = null;
    }

    private HashMap<EntityKey, InstanceState> composites() {
        if (composite == NO_COMPOSITE) {
            composite = new HashMap<>();
        }
        return composite;
    }

    private @Nullable KeyTable table(Class<?> root, boolean create) {
        if (root == lastRoot) {
            return lastTable;
        }
        if (root == previousRoot) {
            KeyTable table = previousTable;
            previousRoot = lastRoot;
            previousTable = lastTable;
            lastRoot = root;
            lastTable = table;
            return table;
        }
        KeyTable table = single.get(root);
        if (table == null) {
            if (!create) {
                return null;
            }
            table = new KeyTable();
            single.put(root, table);
        }
        previousRoot = lastRoot;
        previousTable = lastTable;
        lastRoot = root;
        lastTable = table;
        return table;
    }
}
