package dev.ormkit.sql;

import org.jspecify.annotations.Nullable;

/**
 * Lets Core statements name mapped classes ({@code select(User.class)}) without Core knowing
 * the ORM: the mapping layer registers an implementation through
 * {@code META-INF/services/dev.ormkit.sql.EntityResolver}.
 */
public interface EntityResolver {

    /** The selectable a mapped class stands for, or null when the class is not mapped. */
    @Nullable ClauseElement resolve(Class<?> type);

    /** The FROM clause (table) of a mapped class, or null. */
    @Nullable FromClause fromClause(Class<?> type);
}
