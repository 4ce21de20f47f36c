package dev.ormkit.mapping;

import org.jspecify.annotations.Nullable;

/** A field reached through the generated accessor of its declaring class, by its index there. */
final class GeneratedFieldAccess extends FieldAccess.ResolvedAccess {
    private final AccessorClasses.Accessor accessor;
    private final int index;

    GeneratedFieldAccess(AccessorClasses.Accessor accessor, int index) {
        this.accessor = accessor;
        this.index = index;
    }

    @Override
    @Nullable Object get(Object entity) {
        return accessor.get(entity, index);
    }

    @Override
    void set(Object entity, @Nullable Object value) {
        accessor.set(entity, index, value);
    }
}
