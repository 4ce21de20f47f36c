package dev.ormkit.sql;

import java.util.List;

/** The PARTITION BY part of a window, made by {@link Sql#partitionBy}. */
public record PartitionBy(List<Expression<?>> expressions) {
    /** Copies the expressions. */
    public PartitionBy {
        expressions = List.copyOf(expressions);
    }
}
