package dev.ormkit.orm;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Cursor;
import dev.ormkit.engine.Result;
import dev.ormkit.engine.StreamingResult;
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

    static Result run(SessionImpl session, Executable statement, Origin origin, @Nullable Class<?> entity) {
        return run(session, statement, Map.of(), origin, entity);
    }

    /**
     * One unit of work of the session's transaction: a joined session borrows the connection for
     * the statement alone and gives it back (it never pins one between statements).
     */
    static Result run(SessionImpl session, Executable statement, Map<String, ?> parameters, Origin origin,
                      @Nullable Class<?> entity) {
        SessionTransaction tx = session.begin();
        Connection c = tx.enter();
        try {
            return c.execute(statement, parameters, origin, entity);
        } finally {
            tx.exit();
        }
    }

    /**
     * Runs a SELECT and reads its rows where they are ({@link Connection#read}): {@code reader}
     * must not run statements of its own.
     */
    static <T> T read(SessionImpl session, Executable statement, Map<String, ?> parameters, Origin origin,
                      @Nullable Class<?> entity, Function<Cursor, T> reader) {
        SessionTransaction tx = session.begin();
        Connection c = tx.enter();
        try {
            return c.read(statement, parameters, origin, entity, reader);
        } finally {
            tx.exit();
        }
    }

    static Result runMany(SessionImpl session, Executable statement, List<? extends Map<String, ?>> parameterSets,
                          Origin origin, @Nullable Class<?> entity) {
        SessionTransaction tx = session.begin();
        Connection c = tx.enter();
        try {
            return c.execute(statement, parameterSets, origin, entity);
        } finally {
            tx.exit();
        }
    }

    /**
     * Streams a statement's rows; the unit of work lasts until the stream is closed (or read to
     * its end), so a joined session holds its borrowed connection just that long.
     */
    static StreamingResult stream(SessionImpl session, Executable statement, Map<String, ?> parameters, int rowsPerFetch,
                                  Origin origin, @Nullable Class<?> entity) {
        SessionTransaction tx = session.begin();
        Connection c = tx.enter();
        try {
            return c.stream(statement, parameters, rowsPerFetch, origin, entity).onRelease(tx::exit);
        } catch (RuntimeException e) {
            tx.exit();
            throw e;
        }
    }
}
