package dev.ormkit.mapping.meta;

/**
 * Any other attribute of {@code E}: enums, {@code byte[]}, {@code LocalTime}.
 *
 * @param <E> the mapped class
 * @param <T> the attribute's Java type
 */
public final class GenericColumn<E, T> extends TypedColumn<E, T> {
    public GenericColumn(Class<E> entity, String attribute) {
        super(entity, attribute);
    }
}
