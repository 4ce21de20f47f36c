package dev.ormkit.dialect.postgresql;

import java.util.HashSet;
import java.util.Set;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.schema.SqlType;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;

/** PostgreSQL: native ILIKE, RETURNING everywhere, {@code ON CONFLICT}, identity columns, UUID. */
public class PostgresDialect extends Dialect {
    private static final Set<String> RESERVED = reserved();

    private static Set<String> reserved() {
        Set<String> s = new HashSet<>(SQL_RESERVED);
        s.addAll(Set.of("analyse", "analyze", "array", "asymmetric", "both", "collate", "current_role",
                "deferrable", "do", "initially", "lateral", "leading", "localtime", "localtimestamp", "only",
                "placing", "returning", "session_user", "symmetric", "trailing", "variadic", "window",
                "authorization", "binary", "freeze", "ilike", "isnull", "natural", "notnull", "overlaps",
                "similar", "verbose", "tablesample", "concurrently"));
        return Set.copyOf(s);
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String typeName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT: return "SMALLINT";
            case INTEGER: return "INTEGER";
            case BIGINT: return "BIGINT";
            case DECIMAL: return "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE: return "DOUBLE PRECISION";
            case BOOLEAN: return "BOOLEAN";
            case VARCHAR: return "VARCHAR(" + type.length() + ")";
            case TEXT: return "TEXT";
            case DATE: return "DATE";
            case TIME: return "TIME";
            case TIMESTAMP: return "TIMESTAMP";
            case TIMESTAMP_TZ: return "TIMESTAMP WITH TIME ZONE";
            case UUID: return "UUID";
            case BINARY: return "BYTEA";
            default: return type.customSql();
        }
    }

    @Override
    public void renderIlike(SqlCompiler c, Expression<?> left, Expression<?> right, boolean negated) {
        c.processOperand(left, 6);
        c.append(negated ? " NOT ILIKE " : " ILIKE ");
        c.processOperand(right, 6);
    }

    @Override
    public boolean supportsReturning(StatementKind kind) {
        return true;
    }

    @Override
    public String currentTimestampSql() {
        return "LOCALTIMESTAMP"; // CURRENT_TIMESTAMP is WITH TIME ZONE here
    }

    @Override
    public boolean hasNativeUuid() {
        return true;
    }

    @Override
    public int maxBindParameters() {
        return 32_767;
    }

    // --- DDL and reflection ----------------------------------------------------------------

    @Override
    public int maxIdentifierLength() {
        return 63; // NAMEDATALEN - 1
    }

    @Override
    public dev.ormkit.schema.Reflector reflector() {
        return PostgresReflector.INSTANCE;
    }

    /** 57014 query_canceled: what a cancel from {@code setQueryTimeout} reports. */
    @Override
    public boolean isStatementTimeout(java.sql.SQLException e) {
        return "57014".equals(e.getSQLState()) || super.isStatementTimeout(e);
    }
}
