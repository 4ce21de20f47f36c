package dev.ormkit.schema;

import java.util.List;

/** An index as the database reports it. */
public record ReflectedIndex(String name, List<String> columns, boolean unique) {
    /** Copies the column list. */
    public ReflectedIndex {
        columns = List.copyOf(columns);
    }
}
