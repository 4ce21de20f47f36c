package dev.ormkit.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A UNIQUE constraint over one or more columns. */
public record UniqueConstraint(@Nullable String name, List<String> columns) implements TableElement {
    /** Copies the column list. */
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
