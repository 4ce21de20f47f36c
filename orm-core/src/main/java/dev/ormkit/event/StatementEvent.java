package dev.ormkit.event;

import java.util.List;
import dev.ormkit.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * One statement sent to the database, as listeners see it.
 *
 * @param sql the SQL as sent
 * @param parameters the bound values (for an executemany, those of the first row set)
 * @param kind select, insert, update, delete or other
 * @param batchSize how many parameter sets were sent in one call (1 for a plain execute)
 * @param durationNanos time spent in the driver (0 in {@code onStatementStart})
 * @param rowCount rows returned or affected (-1 before the end or when unknown)
 * @param dialect the database's name
 */
public record StatementEvent(String sql, List<@Nullable Object> parameters, StatementKind kind, int batchSize,
                             long durationNanos, long rowCount, String dialect) {
}
