package dev.ormkit.sql;

import java.util.List;

/**
 * An expression that can run as a window function: a function call, or an aggregate with a
 * {@code FILTER}. The {@code over(...)} forms are the same for both, so they live here once.
 */
public interface WindowFunction<T> {

    /** {@code fn(...) OVER (PARTITION BY ... ORDER BY ...)}. */
    default Over<T> over(PartitionBy partitionBy, WindowOrder orderBy) {
        return new Over<>(self(), partitionBy.expressions(), orderBy.items());
    }

    /** {@code fn(...) OVER (PARTITION BY ...)}. */
    default Over<T> over(PartitionBy partitionBy) {
        return new Over<>(self(), partitionBy.expressions(), List.of());
    }

    /** {@code fn(...) OVER (ORDER BY ...)}. */
    default Over<T> over(WindowOrder orderBy) {
        return new Over<>(self(), List.of(), orderBy.items());
    }

    /** {@code fn(...) OVER ()}. */
    default Over<T> over() {
        return new Over<>(self(), List.of(), List.of());
    }

    /** This expression: only expressions implement the interface. */
    @SuppressWarnings("unchecked")
    private Expression<T> self() {
        return (Expression<T>) this;
    }
}
