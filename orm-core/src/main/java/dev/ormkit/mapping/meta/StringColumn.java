package dev.ormkit.mapping.meta;

/**
 * A string attribute of {@code E}: comparisons, {@code like}, {@code ilike}, {@code concat}.
 *
 * @param <E> the mapped class
 */
public final class StringColumn<E> extends TypedColumn<E, String> {
    public StringColumn(Class<E> entity, String attribute) {
        super(entity, attribute);
    }
}
