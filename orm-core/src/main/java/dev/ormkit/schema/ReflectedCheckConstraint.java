package dev.ormkit.schema;

import org.jspecify.annotations.Nullable;

/** A CHECK constraint as the database reports it; the condition is in the database's own spelling. */
public record ReflectedCheckConstraint(@Nullable String name, String sql) {
}
