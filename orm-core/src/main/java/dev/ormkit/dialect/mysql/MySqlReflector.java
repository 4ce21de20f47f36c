package dev.ormkit.dialect.mysql;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import dev.ormkit.schema.ReferentialAction;
import dev.ormkit.schema.ReflectedCheckConstraint;
import dev.ormkit.schema.ReflectedForeignKey;
import dev.ormkit.schema.DdlDialect;
import dev.ormkit.schema.Reflector;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's catalog. A database is a JDBC catalog, not a schema. Every UNIQUE
 * constraint is a unique index of the same name, so it is reported both ways; the index
 * InnoDB makes for a foreign key (named after the key) is not reported as an index.
 * InnoDB treats RESTRICT and NO ACTION alike and reports RESTRICT for both; it is read as
 * NO ACTION, the default ormkit writes.
 */
final class MySqlReflector extends Reflector {
    static final MySqlReflector INSTANCE = new MySqlReflector();

    private MySqlReflector() {
    }

    @Override
    protected @Nullable String schema(java.sql.Connection jdbc) {
        return null;
    }

    @Override
    protected @Nullable String informationSchemaName(java.sql.Connection jdbc) throws SQLException {
        return jdbc.getCatalog();
    }

    @Override
    protected ReferentialAction action(int rule) {
        return rule == DatabaseMetaData.importedKeyRestrict ? ReferentialAction.NO_ACTION : super.action(rule);
    }

    @Override
    protected Set<String> constraintIndexNames(java.sql.Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        Set<String> names = new HashSet<>();
        names.add("PRIMARY");
        for (ReflectedForeignKey fk : foreignKeys(jdbc, dialect, table)) {
            if (fk.name() != null) {
                names.add(fk.name());
            }
        }
        return names;
    }

    @Override
    public List<ReflectedCheckConstraint> checkConstraints(java.sql.Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        if (dialect instanceof MySqlDialect my && my.isMariaDb()) {
            // MariaDB names checks per table, so the name alone does not find the table
            return queryChecks(jdbc, dialect, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME",
                    jdbc.getCatalog(), table);
        }
        return super.checkConstraints(jdbc, dialect, table);
    }
}
