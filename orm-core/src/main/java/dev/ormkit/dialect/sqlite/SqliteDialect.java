package dev.ormkit.dialect.sqlite;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.JdbcValues;
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
    // SQLite's primary result codes (sqlite3.h)
    private static final int SQLITE_ERROR = 1;
    private static final int SQLITE_TOOBIG = 18;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_MISMATCH = 20;
    private static final int SQLITE_MISUSE = 21;
    private static final int SQLITE_AUTH = 23;
    private static final int SQLITE_RANGE = 25;

    private static Set<String> reserved() {
        Set<String> s = new HashSet<>(SQL_RESERVED);
        s.addAll(Set.of("abort", "action", "after", "analyze", "attach", "autoincrement", "before", "begin",
                "cascade", "collate", "commit", "conflict", "database", "deferrable", "deferred", "detach",
                "each", "escape", "exclusive", "explain", "fail", "glob", "if", "ignore", "immediate",
                "initially", "instead", "isnull", "match", "natural", "no", "notnull", "of", "plan", "pragma",
                "query", "raise", "recursive", "regexp", "reindex", "release", "rename", "replace", "restrict",
                "rollback", "row", "savepoint", "temp", "temporary", "transaction", "trigger", "vacuum", "view",
                "virtual", "returning",
                // keywords SQLite parses specially in some positions (upserts, windows, generated columns)
                "nothing", "do", "filter", "first", "last", "nulls", "others", "over", "partition", "preceding",
                "following", "range", "rows", "groups", "ties", "unbounded", "window", "current", "exclude",
                "generated", "always", "materialized", "without", "indexed", "add"));
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
    protected boolean supportsIntersectExceptAll() {
        return false; // SQLite has INTERSECT and EXCEPT, but not their ALL forms
    }

    @Override
    public boolean supportsParenthesizedCompoundMembers() {
        return false; // SQLite's grammar has no parenthesised SELECT in a compound
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
            return TIMESTAMP_TEXT.format(t);
        }
        if (v instanceof OffsetDateTime t) {
            // no zoned type: the instant is kept as UTC text
            return TIMESTAMP_TEXT.format(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (v instanceof LocalTime t) {
            return TIME_TEXT.format(t);
        }
        if (v instanceof LocalDate || v instanceof UUID) {
            return v.toString();
        }
        return v;
    }

    /**
     * Values come back in the storage class SQLite kept: dates and times as the text written by
     * {@link #toDatabase}, decimals as text or REAL (read as text so no binary rounding creeps in).
     */
    @Override
    public @Nullable Object readValue(ResultSet rs, int index, @Nullable SqlType<?> type) throws SQLException {
        if (type == null) {
            return super.readValue(rs, index, null);
        }
        switch (type.kind()) {
            case DECIMAL: {
                String text = rs.getString(index);
                if (text == null) {
                    return null;
                }
                return JdbcValues.convert(JdbcValues.withScale(new BigDecimal(text), type), type.javaType());
            }
            case DATE:
            case TIME:
            case TIMESTAMP:
            case TIMESTAMP_TZ: {
                String text = rs.getString(index);
                return text == null ? null : JdbcValues.convert(text, type.javaType());
            }
            default:
                return super.readValue(rs, index, type);
        }
    }

    /** SQLAlchemy's SQLite formats: fixed-width, so text order is time order. */
    private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME_TEXT = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    /**
     * sqlite-jdbc reports no SQLSTATE, so errors are classified by SQLite's primary result
     * code (the low byte of the extended code the driver gives as the vendor code).
     */
    @Override
    protected ErrorClass classifyError(java.sql.SQLException e) {
        if (e.getSQLState() != null) {
            return super.classifyError(e);
        }
        switch (e.getErrorCode() & 0xff) {
            case SQLITE_CONSTRAINT:
                return ErrorClass.INTEGRITY;
            case SQLITE_TOOBIG:
            case SQLITE_MISMATCH:
            case SQLITE_RANGE:
                return ErrorClass.DATA;
            case SQLITE_ERROR:
            case SQLITE_MISUSE:
            case SQLITE_AUTH:
                return ErrorClass.PROGRAMMING;
            default:
                // BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, ...
                return ErrorClass.OPERATIONAL;
        }
    }

    // --- DDL and reflection ----------------------------------------------------------------

    @Override
    public boolean supportsAlterForeignKey() {
        return false; // SQLite's ALTER TABLE cannot add or drop constraints
    }

    @Override
    public String deferForeignKeyChecksStatement() {
        // reset by SQLite at the end of the transaction
        return "PRAGMA defer_foreign_keys = ON";
    }

    @Override
    public dev.ormkit.schema.Reflector reflector() {
        return SqliteReflector.INSTANCE;
    }

    /**
     * The driver fixes its read-only flag when it opens the file; {@code query_only} makes the
     * connection refuse writes from now on instead, and can be undone.
     */
    @Override
    public void readOnly(java.sql.Connection jdbc, boolean readOnly) throws SQLException {
        try (java.sql.Statement s = jdbc.createStatement()) {
            s.execute("PRAGMA query_only = " + (readOnly ? "1" : "0"));
        }
    }
}
