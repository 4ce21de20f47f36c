package dev.ormkit.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table's primary key as the database reports it; no columns when the table has none. */
public record ReflectedPrimaryKey(@Nullable String name, List<String> columns) {
    /** Copies the column list. */
    public ReflectedPrimaryKey {
        columns = List.copyOf(columns);
    }
}
