package dev.ormkit.mapping;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a row as an object: the root class of its hierarchy and its primary key
 * values. One object per key per session (the identity map's key).
 */
public final class EntityKey {
    private final Class<?> rootType;
    private final Object[] values;
    private final int hash;

    EntityKey(Class<?> rootType, Object[] values) {
        this.rootType = rootType;
        this.values = values;
        this.hash = 31 * rootType.hashCode() + Arrays.hashCode(values);
    }

    /** The root mapped class (a subclass object is keyed by its root, as in SQLAlchemy). */
    public Class<?> rootType() {
        return rootType;
    }

    /** The primary key values, in primary key column order. */
    public Object[] values() {
        return values.clone();
    }

    /** The single key value; for a composite key, the first. */
    public Object value() {
        return values[0];
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EntityKey k && k.rootType == rootType && Arrays.equals(k.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return rootType.getSimpleName() + (values.length == 1 ? "(" + values[0] + ")" : Arrays.toString(values));
    }
}
