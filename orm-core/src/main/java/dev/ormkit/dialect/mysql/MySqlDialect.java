package dev.ormkit.dialect.mysql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.SqlType;
import dev.ormkit.schema.TypeKind;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB: backtick quoting, {@code AUTO_INCREMENT}, {@code CONCAT()},
 * {@code ON DUPLICATE KEY UPDATE}, NULLS FIRST/LAST emulated, UUIDs as {@code CHAR(36)} and
 * zoned timestamps as UTC {@code DATETIME(6)}. MariaDB (10.5+) adds RETURNING on INSERT and
 * DELETE.
 */
public class MySqlDialect extends Dialect {
    private static final Set<String> RESERVED = reserved();

    private final boolean mariadb;

    /** A MySQL dialect. */
    public MySqlDialect() {
        this(false);
    }

    /** MySQL, or MariaDB when {@code mariadb} is true. */
    public MySqlDialect(boolean mariadb) {
        this.mariadb = mariadb;
    }

    private static Set<String> reserved() {
        Set<String> s = new HashSet<>(SQL_RESERVED);
        s.addAll(Set.of("accessible", "add", "analyze", "before", "bigint", "binary", "blob", "both", "call",
                "cascade", "change", "char", "character", "condition", "continue", "convert", "cursor",
                "database", "databases", "dec", "decimal", "declare", "delayed", "describe", "div", "double",
                "each", "enclosed", "escaped", "exit", "explain", "float", "force", "fulltext", "generated",
                "if", "ignore", "infile", "int", "integer", "interval", "keys", "kill", "leading", "leave",
                "lines", "load", "lock", "long", "loop", "match", "mod", "natural", "numeric", "option",
                "out", "partition", "precision", "procedure", "purge", "range", "read", "real", "regexp",
                "release", "rename", "repeat", "replace", "require", "restrict", "return", "revoke", "rlike",
                "schema", "schemas", "separator", "show", "signal", "smallint", "spatial", "sql", "ssl",
                "starting", "straight_join", "terminated", "trailing", "trigger", "undo", "unlock", "unsigned",
                "usage", "use", "varchar", "varying", "while", "write", "xor", "zerofill", "window", "rank",
                "row", "rows", "over", "groups", "lag", "lead", "returning", "recursive", "system"));
        return Set.copyOf(s);
    }

    @Override
    public String name() {
        return mariadb ? "mariadb" : "mysql";
    }

    /** True for MariaDB. */
    public boolean isMariaDb() {
        return mariadb;
    }

    @Override
    protected char quoteChar() {
        return '`';
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
            case DECIMAL: return "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE: return "DOUBLE";
            case BOOLEAN: return "BOOL";
            case VARCHAR: return "VARCHAR(" + type.length() + ")";
            case TEXT: return "TEXT";
            case DATE: return "DATE";
            case TIME: return "TIME(6)";
            case TIMESTAMP: return "DATETIME(6)";
            case TIMESTAMP_TZ: return "DATETIME(6)";
            case UUID: return "CHAR(36)";
            case BINARY: return type.length() != null ? "VARBINARY(" + type.length() + ")" : "LONGBLOB";
            default: return type.customSql();
        }
    }

    @Override
    public String castTypeName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case BOOLEAN: return "SIGNED";
            case VARCHAR:
            case TEXT:
            case UUID: return "CHAR";
            case TIMESTAMP:
            case TIMESTAMP_TZ: return "DATETIME(6)";
            case BINARY: return "BINARY";
            default: return typeName(type);
        }
    }

    @Override
    public String autoincrementColumnType(Column<?> column) {
        return typeName(column.type()) + " AUTO_INCREMENT";
    }

    @Override
    public void renderLimitOffset(SqlCompiler c, @Nullable Long limit, @Nullable Long offset) {
        c.append(" LIMIT ");
        if (limit != null) {
            c.bindValue(limit, null);
        } else {
            c.append("18446744073709551615"); // MySQL's documented way to say "no limit"
        }
        if (offset != null) {
            c.append(" OFFSET ");
            c.bindValue(offset, null);
        }
    }

    @Override
    public void renderConcat(SqlCompiler c, Expression<?> left, Expression<?> right) {
        // || is logical OR in MySQL's default mode
        c.append("CONCAT(");
        c.process(left);
        c.append(", ");
        c.process(right);
        c.append(")");
    }

    @Override
    public void renderOrderByItem(SqlCompiler c, OrderByItem item) {
        Boolean nullsFirst = item.nullsPlacement();
        if (nullsFirst != null) {
            // no NULLS FIRST/LAST: sort on "x IS NULL" first (true sorts after false)
            c.processOrderByExpression(item.expression(), 6);
            c.append(nullsFirst ? " IS NULL DESC, " : " IS NULL, ");
        }
        c.renderOrderByItem(item, false);
    }

    @Override
    public String defaultValuesClause() {
        return " () VALUES ()";
    }

    @Override
    public boolean supportsReturning(StatementKind kind) {
        return mariadb && (kind == StatementKind.INSERT || kind == StatementKind.DELETE);
    }

    @Override
    protected void renderUpsertClause(SqlCompiler c, Insert insert, Insert.Upsert upsert) {
        // MySQL matches on every unique key of the table; the conflict columns are not named
        c.append(" ON DUPLICATE KEY UPDATE ");
        if (upsert.doNothing()) {
            String first = quoteIdentifier(insert.table().columns().get(0).name());
            c.append(first).append(" = ").append(first);
        } else {
            c.renderAssignments(upsert.set());
        }
    }

    @Override
    public void renderExcluded(SqlCompiler c, Column<?> column) {
        c.append("VALUES(").appendIdentifier(column.name()).append(")");
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public @Nullable Object toDatabase(@Nullable Object value, @Nullable SqlType<?> type) {
        Object v = super.toDatabase(value, type);
        if (v instanceof UUID u) {
            return u.toString();
        }
        if (v instanceof OffsetDateTime t) {
            // DATETIME has no zone: store the instant in UTC
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return v;
    }

    /** Zoned values live in {@code DATETIME(6)} as UTC (see {@link #toDatabase}). */
    @Override
    public @Nullable Object readValue(ResultSet rs, int index, @Nullable SqlType<?> type) throws SQLException {
        if (type != null && type.kind() == TypeKind.TIMESTAMP_TZ) {
            LocalDateTime utc = rs.getObject(index, LocalDateTime.class);
            return utc == null ? null : JdbcValues.convert(utc.atOffset(ZoneOffset.UTC), type.javaType());
        }
        return super.readValue(rs, index, type);
    }

    // --- DDL and reflection ----------------------------------------------------------------

    @Override
    public String dropForeignKeyClause() {
        return "DROP FOREIGN KEY";
    }

    @Override
    public String dropIndexStatement(String quotedIndex, String quotedTable) {
        return "DROP INDEX " + quotedIndex + " ON " + quotedTable;
    }

    @Override
    public boolean canIndexWithoutLength(SqlType<?> type) {
        // InnoDB indexes TEXT and BLOB only by a prefix length; a bounded VARCHAR needs none
        switch (type.kind()) {
            case TEXT:
                return false;
            case BINARY:
                return type.length() != null;
            default:
                return true;
        }
    }

    @Override
    public int maxIdentifierLength() {
        return 64;
    }

    @Override
    public dev.ormkit.schema.Reflector reflector() {
        return MySqlReflector.INSTANCE;
    }

    /** MariaDB's max_statement_time (1969) and MySQL's max_execution_time (3024) errors. */
    @Override
    public boolean isStatementTimeout(SQLException e) {
        return e.getErrorCode() == 1969 || e.getErrorCode() == 3024 || super.isStatementTimeout(e);
    }
}
