package dev.ormkit.dialect.postgresql;

import java.sql.SQLException;
import java.util.List;
import dev.ormkit.schema.ReflectedCheckConstraint;
import dev.ormkit.schema.DdlDialect;
import dev.ormkit.schema.Reflector;

/**
 * PostgreSQL's catalog: the standard metadata serves, except for CHECK constraints, where
 * {@code INFORMATION_SCHEMA} also lists every NOT NULL as a check; {@code pg_constraint}
 * lists only real ones.
 */
final class PostgresReflector extends Reflector {
    static final PostgresReflector INSTANCE = new PostgresReflector();

    private PostgresReflector() {
    }

    @Override
    public List<ReflectedCheckConstraint> checkConstraints(java.sql.Connection jdbc, DdlDialect dialect, String table)
            throws SQLException {
        // pg_get_constraintdef gives "CHECK ((price > 0))"; the condition is what is inside
        String sql = "SELECT con.conname,"
                + " regexp_replace(pg_get_constraintdef(con.oid), '^CHECK \\((.*)\\)( NO INHERIT)?$', '\\1')"
                + " FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid"
                + " JOIN pg_namespace nsp ON nsp.oid = rel.relnamespace"
                + " WHERE nsp.nspname = ? AND rel.relname = ? AND con.contype = 'c' ORDER BY con.conname";
        return queryChecks(jdbc, dialect, sql, jdbc.getSchema(), table);
    }
}
