package dev.ormkit.schema;

import java.util.List;

/** An index over one or more columns. */
public record Index(String name, List<String> columns, boolean unique) implements TableElement {
    /** Copies the column list. */
    public Index {
        columns = List.copyOf(columns);
    }
}
