package dev.ormkit.schema;

import java.util.List;

/** A table-level (typically composite) primary key. */
public record PrimaryKeyConstraint(List<String> columns) implements TableElement {
    /** Copies the column list. */
    public PrimaryKeyConstraint {
        columns = List.copyOf(columns);
    }
}
