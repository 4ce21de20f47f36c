package dev.ormkit.dialect.sqlite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.SqlType;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * SQLite: dynamic typing, so dates and UUIDs are stored as text (in SQLAlchemy's formats);
 * an autoincrement key must be {@code INTEGER PRIMARY KEY} written inline; RETURNING and
 * {@code ON CONFLICT} since 3.35; no row locks.
 */
public class SqliteDialect extends Dialect {
    private static final Set<String> RESERVED = reserved();
    private static final int SQLITE_CONSTRAINT = 19;

    private static Set<String> reserved() {
        Set<String> s = new HashSet<>(SQL_RESERVED);
        s.addAll(Set.of("abort", "action", "after", "analyze", "attach", "autoincrement", "before", "begin",
                "cascade", "collate", "commit", "conflict", "database", "deferrable", "deferred", "detach",
                "each", "escape", "exclusive", "explain", "fail", "glob", "if", "ignore", "immediate",
                "initially", "instead", "isnull", "match", "natural", "no", "notnull", "of", "plan", "pragma",
                "query", "raise", "recursive", "regexp", "reindex", "release", "rename", "replace", "restrict",
                "rollback", "row", "savepoint", "temp", "temporary", "transaction", "trigger", "vacuum", "view",
                "virtual", "returning"));
        return Set.copyOf(s);
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String typeName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT: return "SMALLINT";
            case INTEGER:
            case BIGINT: return "INTEGER";
            case DECIMAL: return "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE: return "FLOAT";
            case BOOLEAN: return "BOOLEAN";
            case VARCHAR: return "VARCHAR(" + type.length() + ")";
            case TEXT: return "TEXT";
            case DATE: return "DATE";
            case TIME: return "TIME";
            case TIMESTAMP: return "DATETIME";
            case TIMESTAMP_TZ: return "DATETIME";
            case UUID: return "CHAR(36)";
            case BINARY: return "BLOB";
            default: return type.customSql();
        }
    }

    @Override
    public String autoincrementColumnType(Column<?> column) {
        // only "INTEGER PRIMARY KEY" aliases the rowid, which is what generates keys
        return "INTEGER";
    }

    @Override
    public boolean inlinePrimaryKeyForAutoincrement() {
        return true;
    }

    @Override
    public void renderLimitOffset(SqlCompiler c, @Nullable Long limit, @Nullable Long offset) {
        c.append(" LIMIT ");
        if (limit != null) {
            c.bindValue(limit, null);
        } else {
            c.append("-1"); // SQLite has no OFFSET without LIMIT; -1 means no limit
        }
        if (offset != null) {
            c.append(" OFFSET ");
            c.bindValue(offset, null);
        }
    }

    @Override
    public String forUpdateClause() {
        return ""; // SQLite locks the whole database on write; there are no row locks
    }

    @Override
    public boolean supportsReturning(StatementKind kind) {
        return kind != StatementKind.SELECT;
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    @Override
    public @Nullable Object toDatabase(@Nullable Object value, @Nullable SqlType<?> type) {
        Object v = super.toDatabase(value, type);
        if (v instanceof LocalDateTime t) {
            return t.toString().replace('T', ' ');
        }
        if (v instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ');
        }
        if (v instanceof LocalDate || v instanceof LocalTime || v instanceof UUID) {
            return v.toString();
        }
        return v;
    }

    @Override
    protected boolean isIntegrityViolation(java.sql.SQLException e, String sqlStateClass) {
        // sqlite-jdbc reports no SQLSTATE; the result code says "constraint"
        return (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT || super.isIntegrityViolation(e, sqlStateClass);
    }

}
