package dev.ormkit.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A UNIQUE constraint as the database reports it (SQLite keeps no names for them). */
public record ReflectedUniqueConstraint(@Nullable String name, List<String> columns) {
    /** Copies the column list. */
    public ReflectedUniqueConstraint {
        columns = List.copyOf(columns);
    }
}
