package dev.ormkit.mapping.meta;

import dev.ormkit.sql.Expression;

/**
 * A boolean attribute of {@code E}.
 *
 * @param <E> the mapped class
 */
public final class BooleanColumn<E> extends TypedColumn<E, Boolean> {
    public BooleanColumn(Class<E> entity, String attribute) {
        super(entity, attribute);
    }

    /** {@code = true}. */
    public Expression<Boolean> isTrue() {
        return eq(Boolean.TRUE);
    }

    /** {@code = false}. */
    public Expression<Boolean> isFalse() {
        return eq(Boolean.FALSE);
    }
}
