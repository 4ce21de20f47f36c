package dev.ormkit.mapping;

import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.EntityResolver;
import dev.ormkit.sql.FromClause;
import org.jspecify.annotations.Nullable;

/**
 * Lets Core statements name mapped classes: {@code select(User.class)}, {@code insert(User.class)}.
 * Registered in {@code META-INF/services/dev.ormkit.sql.EntityResolver}. A class that is mapped
 * wrongly raises its {@link dev.ormkit.exc.MappingException} here rather than being reported
 * as unmapped.
 */
public final class MappingEntityResolver implements EntityResolver {

    /** Made by the ServiceLoader. */
    public MappingEntityResolver() {
    }

    @Override
    public @Nullable ClauseElement resolve(Class<?> type) {
        return EntityMapping.isMapped(type) ? EntityMapping.of(type).clause() : null;
    }

    @Override
    public @Nullable FromClause fromClause(Class<?> type) {
        return EntityMapping.isMapped(type) ? EntityMapping.of(type).table() : null;
    }
}
