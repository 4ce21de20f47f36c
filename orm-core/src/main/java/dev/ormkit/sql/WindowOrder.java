package dev.ormkit.sql;

import java.util.List;

/** The ORDER BY part of a window, made by {@link Sql#orderBy}. */
public record WindowOrder(List<OrderByItem> items) {
    /** Copies the items. */
    public WindowOrder {
        items = List.copyOf(items);
    }
}
