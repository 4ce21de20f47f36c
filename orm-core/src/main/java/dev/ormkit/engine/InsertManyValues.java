package dev.ormkit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.event.Origin;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Compiled;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * SQLAlchemy's "insertmanyvalues": an INSERT run with many parameter sets is sent as
 * multi-row {@code INSERT ... VALUES (...), (...), ...} statements, each as large as the
 * database's parameter limit allows, reading generated keys back in row order.
 *
 * <p>The one-row statement is compiled once; each batch repeats its {@code VALUES} group, so
 * every full batch sends the very same SQL string (and the driver may reuse its plan).
 */
final class InsertManyValues {
    private final Connection connection;
    private final Insert insert;
    private final List<? extends Map<String, ?>> parameterSets;
    private final Origin origin;
    private final @Nullable Class<?> entity;

    InsertManyValues(Connection connection, Insert insert, List<? extends Map<String, ?>> parameterSets,
                     Origin origin, @Nullable Class<?> entity) {
        this.connection = connection;
        this.insert = insert;
        this.parameterSets = parameterSets;
        this.origin = origin;
        this.entity = entity;
    }

    Result run() {
        List<String> columns = new ArrayList<>(parameterSets.get(0).keySet());
        for (Map<String, ?> p : parameterSets) {
            if (!p.keySet().equals(parameterSets.get(0).keySet())) {
                throw new ArgumentException("Every parameter set of a multi-row INSERT into " + insert.table().name()
                        + " must name the same columns: " + columns + " vs " + p.keySet());
            }
        }
        Dialect dialect = connection.dialect();
        Insert template = insert.withNamedParameters(columns);
        Column<?> auto = autoincrementColumn(insert);
        if (auto != null && insert.returningColumns().isEmpty() && insert.upsert() == null
                && dialect.supportsReturning(StatementKind.INSERT)) {
            template = template.returning(auto);
        }
        // a new template per call, but of one shape per table and column list: compiled once
        Compiled compiled = connection.engine().compile(template, dialect);
        if (!compiled.hasValuesGroup()) {
            return connection.runner().runBatch(compiled, parameterSets, origin, entity);
        }
        @Nullable String keyColumn = auto != null && !compiled.returnsRows() && insert.upsert() == null
                ? auto.name() : null;
        int others = compiled.parameters().size() - compiled.parametersPerRow();
        int batchSize = dialect.rowsPerInsert(compiled.parametersPerRow(), others);
        String fullBatchSql = null;
        List<Result> parts = new ArrayList<>();
        for (int from = 0; from < parameterSets.size(); from += batchSize) {
            List<? extends Map<String, ?>> chunk =
                    parameterSets.subList(from, Math.min(parameterSets.size(), from + batchSize));
            String sql;
            if (chunk.size() == batchSize) {
                if (fullBatchSql == null) {
                    fullBatchSql = compiled.sqlForRows(batchSize);
                }
                sql = fullBatchSql;
            } else {
                sql = compiled.sqlForRows(chunk.size());
            }
            parts.add(connection.runner().run(compiled.bindRows(sql, chunk), keyColumn, chunk.size(), origin, entity));
        }
        return Result.concat(parts);
    }

    /** The column the database generates keys for in the INSERT's table; null for a table that declares none. */
    static @Nullable Column<?> autoincrementColumn(Insert insert) {
        return insert.table() instanceof Table table ? table.autoincrementColumn() : null;
    }
}
