package dev.ormkit.mapping;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a row as an object: the root class of its hierarchy and its primary key
 * values. One object per key per session (the identity map's key).
 */
public final class EntityKey {
    private final Class<?> rootType;
    /** The value of a single-column key; null for a composite key. */
    private final @Nullable Object single;
    /**
     * The values of a composite key; null for a single-column key, which every loaded row of
     * most mappings has, so that its key is one object rather than two.
     */
    private final @Nullable Object @Nullable [] composite;
    private final int hash;

    private EntityKey(Class<?> rootType, @Nullable Object single, @Nullable Object @Nullable [] composite, int valuesHash) {
        this.rootType = rootType;
        this.single = single;
        this.composite = composite;
        this.hash = 31 * rootType.hashCode() + valuesHash;
    }

    /** The key of a single-column primary key value. */
    static EntityKey ofValue(Class<?> rootType, Object value) {
        return new EntityKey(rootType, value, null, 31 + value.hashCode()); // as Arrays.hashCode of one value
    }

    /** The key of primary key values in key column order (the array is kept). */
    static EntityKey of(Class<?> rootType, Object[] values) {
        return values.length == 1
                ? ofValue(rootType, values[0])
                : new EntityKey(rootType, null, values, Arrays.hashCode(values));
    }

    /** The root mapped class (a subclass object is keyed by its root, as in SQLAlchemy). */
    public Class<?> rootType() {
        return rootType;
    }

    /** The primary key values, in primary key column order. */
    public Object[] values() {
        return composite != null ? composite.clone() : new Object[] {single};
    }

    /** True for a key of more than one column. */
    public boolean isComposite() {
        return composite != null;
    }

    /** The single key value; for a composite key, the first. */
    public Object value() {
        return composite != null ? composite[0] : single;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EntityKey k && k.rootType == rootType
                && (composite == null ? k.composite == null && Objects.equals(k.single, single) : Arrays.equals(k.composite, composite));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return rootType.getSimpleName() + (composite == null ? "(" + single + ")" : Arrays.toString(composite));
    }
}
