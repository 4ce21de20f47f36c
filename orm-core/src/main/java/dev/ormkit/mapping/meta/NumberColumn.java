package dev.ormkit.mapping.meta;

/**
 * A numeric attribute of {@code E} ({@code Long}, {@code Integer}, {@code BigDecimal}, ...).
 *
 * @param <E> the mapped class
 * @param <N> the number type
 */
public final class NumberColumn<E, N extends Number> extends TypedColumn<E, N> {
    public NumberColumn(Class<E> entity, String attribute) {
        super(entity, attribute);
    }
}
