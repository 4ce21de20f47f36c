package dev.ormkit.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.schema.Column;
import dev.ormkit.sql.Compiled;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.StatementKind;

/**
 * SQLAlchemy's "insertmanyvalues": an INSERT run with many parameter sets is sent as
 * multi-row {@code INSERT ... VALUES (...), (...), ...} statements, each as large as the
 * database's parameter limit allows, reading generated keys back in row order.
 */
final class InsertManyValues {
    private final Connection connection;
    private final Insert insert;
    private final List<? extends Map<String, ?>> parameterSets;

    InsertManyValues(Connection connection, Insert insert, List<? extends Map<String, ?>> parameterSets) {
        this.connection = connection;
        this.insert = insert;
        this.parameterSets = parameterSets;
    }

    Result run() {
        List<String> columns = new ArrayList<>(parameterSets.get(0).keySet());
        for (Map<String, ?> p : parameterSets) {
            if (!p.keySet().equals(parameterSets.get(0).keySet())) {
                throw new ArgumentException("Every parameter set of a multi-row INSERT into " + insert.table().name()
                        + " must name the same columns: " + columns + " vs " + p.keySet());
            }
        }
        var dialect = connection.dialect();
        int perRow = Math.max(1, columns.size());
        int batchSize = Math.max(1, Math.min(dialect.maxRowsPerInsert(), dialect.maxBindParameters() / perRow));
        Insert statement = insert;
        Column<?> auto = insert.table().autoincrementColumn();
        if (auto != null && insert.returningColumns().isEmpty() && insert.upsert() == null
                && dialect.supportsReturning(StatementKind.INSERT)) {
            statement = statement.returning(auto);
        }
        List<Result> parts = new ArrayList<>();
        for (int from = 0; from < parameterSets.size(); from += batchSize) {
            List<? extends Map<String, ?>> chunk = parameterSets.subList(from, Math.min(parameterSets.size(), from + batchSize));
            List<Map<String, Object>> rows = new ArrayList<>(chunk.size());
            for (Map<String, ?> p : chunk) {
                rows.add(new LinkedHashMap<>(p));
            }
            Executable batch = statement.values(rows);
            Compiled compiled = dev.ormkit.sql.SqlCompiler.compile(batch, dialect); // one-off shape: skip the cache
            String keyColumn = auto != null && !compiled.returnsRows() && insert.upsert() == null ? auto.name() : null;
            parts.add(connection.runner().run(compiled.bind(Map.of()), keyColumn));
        }
        return Result.concat(parts);
    }
}
