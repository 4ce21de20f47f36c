package dev.ormkit.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.engine.Engine;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Inspector;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.ReflectedColumn;
import dev.ormkit.schema.Table;

/**
 * {@code orm.ddl-auto=validate}: compares the mapped tables with the live schema and lists
 * every difference that would make the mappings fail at run time: a missing table, a missing
 * column, a mapped NOT NULL column the database lets be NULL and the reverse. Types are not
 * compared: drivers report them too differently (MariaDB's BOOLEAN is TINYINT(1), SQLite has
 * affinities) for a check that would not cry wolf; orm-migrate's {@code check} compares them.
 */
final class SchemaValidator {
    private SchemaValidator() {
    }

    /** Each difference, one per line; empty when the schema fits the mappings. */
    static List<String> differences(MetaData metadata, Engine engine) {
        Inspector inspector = Inspector.of(engine);
        Set<String> tables = new HashSet<>(inspector.tableNames());
        List<String> out = new ArrayList<>();
        for (Table table : metadata.sortedTables()) {
            if (!tables.contains(table.name())) {
                out.add("table " + table.name() + " is missing");
                continue;
            }
            Map<String, ReflectedColumn> live = new HashMap<>();
            for (ReflectedColumn c : inspector.columns(table.name())) {
                live.put(c.name(), c);
            }
            for (Column<?> column : table.columns()) {
                ReflectedColumn found = live.get(column.name());
                String where = table.name() + "." + column.name();
                if (found == null) {
                    out.add("column " + where + " (" + column.type() + ") is missing");
                } else if (!column.isPrimaryKey() && column.isNullable() != found.nullable()) {
                    out.add("column " + where + (column.isNullable()
                            ? " is mapped nullable but is NOT NULL in the database"
                            : " is mapped NOT NULL but allows NULL in the database"));
                }
            }
        }
        return out;
    }

    /** Fails with every difference named when the schema does not fit the mappings. */
    static void validate(MetaData metadata, Engine engine) {
        List<String> differences = differences(metadata, engine);
        if (!differences.isEmpty()) {
            throw new SchemaValidationException(differences);
        }
    }
}
