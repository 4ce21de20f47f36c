package dev.ormkit.schema;

import org.jspecify.annotations.Nullable;

/** A CHECK constraint, its condition given as SQL text. */
public record CheckConstraint(@Nullable String name, String sql) implements TableElement {
}
