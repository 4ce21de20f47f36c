package dev.ormkit.sql;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * How a database takes a collection given for {@code IN :name} in a text statement. By default
 * the collection expands to one placeholder per element, {@code (?, ?, ?)}; a database whose
 * statements carry fewer parameters than a collection may hold (65,535 on PostgreSQL, 32,766 on
 * SQLite) binds a long collection as one value instead, the way its dialect renders a long
 * {@code in(...)} list.
 */
public interface CollectionBinding {

    /** Every collection expands to one placeholder per element. */
    CollectionBinding PER_ELEMENT = (values, type) -> null;

    /**
     * The collection bound as one value, or null to expand it to one placeholder per element.
     *
     * @param values the non-empty collection given for the parameter
     * @param type   the parameter's declared SQL type, null when the text did not declare one
     */
    @Nullable Whole bindWhole(Collection<?> values, @Nullable SqlType<?> type);

    /**
     * A collection as one bind value.
     *
     * @param sql   what replaces the parameter: a parenthesised subquery that reads the one
     *              {@code ?} it holds, usable after {@code IN} and {@code NOT IN}
     * @param value the value bound to that {@code ?}
     */
    record Whole(String sql, Object value) {
    }
}
