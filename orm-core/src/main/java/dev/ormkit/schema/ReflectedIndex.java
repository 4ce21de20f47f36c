package dev.ormkit.schema;

import java.util.List;

/** An index as the database reports it. */
public record ReflectedIndex(String name, List<String> columns, boolean unique) {
    public ReflectedIndex {
        columns = List.copyOf(columns);
    }
}
