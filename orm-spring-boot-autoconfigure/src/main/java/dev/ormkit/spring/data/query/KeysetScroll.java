package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.engine.Row;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/**
 * Keyset scrolling over a sort: the primary key is appended to the sort properties so that
 * the order is total (rows with equal sort values still have one place, so none is skipped or
 * repeated across a window boundary), and the window after a position is
 * {@code (a > :a) OR (a = :a AND b > :b) OR ...}, with {@code <} for descending properties.
 * Scrolling backward reverses every comparison and the ORDER BY, reads the rows nearest the
 * position, and turns them back into the sort's order. Keys are the sort properties' values,
 * by property name, as {@link KeysetScrollPosition} holds them; they must not be null (a NULL
 * compares to nothing).
 */
final class KeysetScroll {
    private static final String KEY_LABEL = "_scroll_key";

    private final List<String> properties = new ArrayList<>();
    private final List<ColumnAttribute> columns = new ArrayList<>();
    private final List<Boolean> ascending = new ArrayList<>();
    private final String method;

    private KeysetScroll(String method) {
        this.method = method;
    }

    /** The scroll over {@code sort} (properties of {@code mapping}'s own columns), the primary key appended. */
    static KeysetScroll of(EntityMapping<?> mapping, Sort sort, String method) {
        KeysetScroll scroll = new KeysetScroll(method);
        for (Sort.Order order : sort) {
            ColumnAttribute a = mapping.findColumnAttribute(order.getProperty());
            if (a == null) {
                throw new IllegalArgumentException(method + ": keyset scrolling sorts by columns of "
                        + mapping.type().getSimpleName() + "; '" + order.getProperty() + "' is not one");
            }
            if (!scroll.properties.contains(a.name())) {
                scroll.add(a, order.isAscending());
            }
        }
        for (ColumnAttribute key : mapping.primaryKey()) {
            if (!scroll.properties.contains(key.name())) {
                scroll.add(key, true);
            }
        }
        return scroll;
    }

    private void add(ColumnAttribute column, boolean up) {
        properties.add(column.name());
        columns.add(column);
        ascending.add(up);
    }

    /** The ORDER BY: the sort with the key appended, every direction reversed when scrolling backward. */
    List<OrderByItem> order(KeysetScrollPosition position) {
        boolean backward = position.scrollsBackward();
        List<OrderByItem> items = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Expression<?> column = columns.get(i).column();
            items.add(ascending.get(i) != backward ? column.asc() : column.desc());
        }
        return items;
    }

    /** The criterion of the rows beyond {@code position} in its direction; null for the initial position. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    @Nullable Expression<Boolean> beyond(KeysetScrollPosition position) {
        if (position.isInitial()) {
            return null;
        }
        Map<String, Object> keys = position.getKeys();
        List<Object> values = new ArrayList<>();
        for (String property : properties) {
            if (!keys.containsKey(property)) {
                throw new IllegalArgumentException(method + ": the keyset position " + keys.keySet() + " lacks '"
                        + property + "'; it scrolls by " + properties + " (the sort, then the primary key)");
            }
            Object value = keys.get(property);
            if (value == null) {
                throw new IllegalArgumentException(method + ": the keyset position has null for '" + property
                        + "'; keyset scrolling needs sort properties without NULLs (sort by a non-null column)");
            }
            values.add(value);
        }
        List<Expression<Boolean>> branches = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<Expression<Boolean>> and = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                and.add(((Expression) columns.get(j).column()).eq(values.get(j)));
            }
            Expression column = columns.get(i).column();
            boolean greater = ascending.get(i) != position.scrollsBackward();
            and.add(greater ? column.gt(values.get(i)) : column.lt(values.get(i)));
            branches.add(and.size() == 1 ? and.get(0) : Sql.and(and));
        }
        return branches.size() == 1 ? branches.get(0) : Sql.or(branches);
    }

    /** The key columns, labelled, for a projection's SELECT list (which might not show them). */
    List<Expression<?>> keyColumns() {
        List<Expression<?>> labelled = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            labelled.add(columns.get(i).column().label(KEY_LABEL + i));
        }
        return labelled;
    }

    /**
     * The window of {@code found} (read with LIMIT {@code limit + 1}, in the scroll's direction):
     * at most {@code limit} results in the sort's order, each with its position, and whether more
     * rows lie further in that direction. {@code limit} is negative when unlimited.
     */
    <T> Window<T> window(List<?> found, int limit, KeysetScrollPosition position, Function<Object, T> result) {
        boolean more = limit >= 0 && found.size() > limit;
        List<?> kept = more ? found.subList(0, limit) : found;
        List<Map<String, Object>> keys = new ArrayList<>();
        List<T> content = new ArrayList<>();
        for (Object row : kept) {
            keys.add(keysOf(row));
            content.add(result.apply(row));
        }
        if (position.scrollsBackward()) {
            Collections.reverse(keys);
            Collections.reverse(content);
        }
        ScrollPosition.Direction direction = position.getDirection();
        return Window.from(content, i -> ScrollPosition.of(keys.get(i), direction), more);
    }

    private Map<String, Object> keysOf(Object row) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnAttribute column = columns.get(i);
            Object value = row instanceof Row r ? JdbcValues.convert(r.get(KEY_LABEL + i), column.javaType()) : column.get(row);
            keys.put(properties.get(i), value);
        }
        return keys;
    }
}
