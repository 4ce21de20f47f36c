package dev.ormkit.mapping.meta;

import java.util.UUID;

/**
 * A UUID attribute of {@code E}.
 *
 * @param <E> the mapped class
 */
public final class UuidColumn<E> extends TypedColumn<E, UUID> {
    public UuidColumn(Class<E> entity, String attribute) {
        super(entity, attribute);
    }
}
