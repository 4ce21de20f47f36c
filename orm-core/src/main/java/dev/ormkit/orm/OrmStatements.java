package dev.ormkit.orm;

import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Result;
import dev.ormkit.event.Origin;
import dev.ormkit.sql.Executable;
import org.jspecify.annotations.Nullable;

/**
 * Runs the statements the ORM sends on its own, in the session's transaction, telling the
 * engine why ({@link Origin}) and for which mapped class, for statement listeners. No
 * autoflush, no entity conversion: the callers do that.
 */
final class OrmStatements {
    private OrmStatements() {
    }

    static Result run(Session session, Executable statement, Origin origin, @Nullable Class<?> entity) {
        return session.connection().execute(statement, Map.of(), origin, entity);
    }

    static Result run(Session session, Executable statement, Map<String, ?> parameters, Origin origin,
                      @Nullable Class<?> entity) {
        return session.connection().execute(statement, parameters, origin, entity);
    }

    static Result runMany(Session session, Executable statement, List<? extends Map<String, ?>> parameterSets,
                          Origin origin, @Nullable Class<?> entity) {
        return session.connection().execute(statement, parameterSets, origin, entity);
    }
}
