package dev.ormkit.mapping;

import dev.ormkit.schema.Column;

/**
 * One column equality of a relationship's join: {@code local = remote}. SQLAlchemy's
 * {@code local_remote_pairs}.
 */
public record ColumnPair(Column<?> local, Column<?> remote) {
}
