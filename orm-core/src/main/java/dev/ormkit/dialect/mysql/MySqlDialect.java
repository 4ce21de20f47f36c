package dev.ormkit.dialect.mysql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.Timestamp;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.TypeNames;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.schema.AlterColumn;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ConstraintKind;
import dev.ormkit.sql.ColumnExpression;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.ForUpdate;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.sql.TextSyntax;
import dev.ormkit.sql.Update;
import dev.ormkit.sql.Values;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB: backtick quoting, {@code AUTO_INCREMENT}, {@code CONCAT()},
 * {@code ON DUPLICATE KEY UPDATE}, NULLS FIRST/LAST emulated, UUIDs as {@code CHAR(36)} and
 * zoned timestamps as UTC {@code DATETIME(6)}. MariaDB (10.5+) adds RETURNING on INSERT and
 * DELETE.
 */
public class MySqlDialect extends Dialect {
    private static final TypeNames TYPE_NAMES = TypeNames.standard()
            .with(TypeKind.DECIMAL, t -> "DECIMAL(" + t.precision() + ", " + t.scale() + ")")
            .with(TypeKind.DOUBLE, "DOUBLE")
            .with(TypeKind.BOOLEAN, "BOOL")
            // TEXT holds 64 KB, less than users of an unbounded String expect (PostgreSQL's text takes
            // up to 1 GB); LONGTEXT costs no more per row and holds what max_allowed_packet lets through
            .with(TypeKind.TEXT, "LONGTEXT")
            // microseconds, as the other databases keep
            .with(TypeKind.TIME, "TIME(6)")
            .with(TypeKind.TIMESTAMP, "DATETIME(6)")
            .with(TypeKind.TIMESTAMP_TZ, "DATETIME(6)")
            .with(TypeKind.UUID, "CHAR(36)")
            .with(TypeKind.BINARY, t -> t.length() != null ? "VARBINARY(" + t.length() + ")" : "LONGBLOB");
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

    /** MySQL and MariaDB share URLs and drivers; the server's version string tells them apart. */
    @Override
    public boolean identifiedByServer() {
        return true;
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
    protected TypeNames typeNames() {
        return TYPE_NAMES;
    }

    @Override
    public String castTypeName(SqlType<?> type) {
        switch (type.kind()) {
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case BOOLEAN: return "SIGNED";
            case VARCHAR:
                // the length matters where the cast decides a column's type (a recursive CTE's anchor)
                return type.length() != null ? "CHAR(" + type.length() + ")" : "CHAR";
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
    public String shareLockClause() {
        return mariadb ? " LOCK IN SHARE MODE" : " FOR SHARE";
    }

    @Override
    public Set<ForUpdate.Option> rowLockOptions() {
        // MariaDB (10.6+) has NOWAIT and SKIP LOCKED but no OF
        return mariadb ? EnumSet.of(ForUpdate.Option.SHARE, ForUpdate.Option.NOWAIT, ForUpdate.Option.SKIP_LOCKED)
                : EnumSet.allOf(ForUpdate.Option.class);
    }

    @Override
    public boolean supportsLateral() {
        return !mariadb; // MySQL 8.0.14+; MariaDB has none
    }

    @Override
    public boolean supportsWithBefore(StatementKind kind) {
        // MySQL 8 takes WITH before SELECT, UPDATE and DELETE; MariaDB before SELECT only.
        // Both take it in front of an INSERT's SELECT, where the compiler then puts it.
        return kind == StatementKind.SELECT || (!mariadb && kind != StatementKind.INSERT);
    }

    @Override
    public void renderValues(SqlCompiler c, Values values) {
        c.renderValuesAsSelects(values); // MariaDB cannot name a VALUES list's columns
    }

    @Override
    public void renderUpdateFrom(SqlCompiler c, Update update, List<FromClause> extraFroms) {
        c.renderMultiTableUpdate(update, extraFroms);
    }

    @Override
    public void renderDeleteUsing(SqlCompiler c, Delete delete, List<FromClause> extraFroms) {
        if (!delete.returningColumns().isEmpty()) {
            throw unsupported("RETURNING on a DELETE of several tables", "read the rows with a SELECT first");
        }
        c.renderDeleteUsing(delete, extraFroms, true);
    }

    @Override
    public String defaultValuesClause() {
        return " () VALUES ()";
    }

    /** A backslash escapes the next character inside quotes (unless the server runs with NO_BACKSLASH_ESCAPES). */
    private static final TextSyntax TEXT_SYNTAX = new TextSyntax(true, false, false, false, "?");

    @Override
    public TextSyntax textSyntax() {
        return TEXT_SYNTAX;
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
    public void renderExcluded(SqlCompiler c, ColumnExpression<?> column) {
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

    /**
     * Refuses NaN and infinities: MySQL and MariaDB have no such {@code DOUBLE} values (the
     * driver would write {@code NaN} into the SQL, which the server reads as a column name).
     * SQLAlchemy sends them and gets the same server error; here the error says what is wrong.
     */
    @Override
    public void bind(PreparedStatement ps, int index, @Nullable Object value, @Nullable SqlType<?> type)
            throws SQLException {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            throw new SQLDataException(name() + " cannot store " + value + ": its DOUBLE has no NaN or infinity."
                    + " Store NULL, or keep the special values apart (a flag column)", "22003");
        }
        super.bind(ps, index, value, type);
    }

    /**
     * Timestamps are read as instants of a UTC calendar. MariaDB Connector/J decodes
     * {@code DATETIME} through the JVM's time zone whatever it is asked for
     * ({@code LocalDateTime}, even {@code getString}): a time in that zone's daylight-saving
     * gap (02:30 on the night clocks jump from 02:00 to 03:00) came back an hour later. UTC
     * has no gaps, so the wall-clock value survives. Zoned values live in {@code DATETIME(6)}
     * as UTC (see {@link #toDatabase}).
     */
    @Override
    public @Nullable Object readValue(ResultSet rs, int index, @Nullable SqlType<?> type) throws SQLException {
        if (type == null) {
            return super.readValue(rs, index, null);
        }
        switch (type.kind()) {
            case TIMESTAMP:
            case TIMESTAMP_TZ: {
                Timestamp ts = rs.getTimestamp(index, utcCalendar());
                if (ts == null) {
                    return null;
                }
                LocalDateTime wallClock = LocalDateTime.ofInstant(ts.toInstant(), ZoneOffset.UTC);
                return type.kind() == TypeKind.TIMESTAMP
                        ? JdbcValues.readable(wallClock, type.javaType())
                        : JdbcValues.readable(wallClock.atOffset(ZoneOffset.UTC), type.javaType());
            }
            default:
                return super.readValue(rs, index, type);
        }
    }

    /**
     * A calendar per read ({@link Calendar} is mutable and the driver sets fields on it): UTC,
     * and proleptic Gregorian as {@code java.time} is, so that dates before 1582 are not read
     * through the Julian calendar (1000-01-01 would come back as 1000-01-06).
     */
    private static Calendar utcCalendar() {
        GregorianCalendar calendar = new GregorianCalendar(UTC);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        return calendar;
    }

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    // --- streaming results ------------------------------------------------------------------

    /**
     * MariaDB Connector/J streams with a positive fetch size, reading that many rows at a time;
     * MySQL Connector/J streams row by row only with a fetch size of {@link Integer#MIN_VALUE}
     * (a positive one would need {@code useCursorFetch=true} on the URL, a server-side cursor).
     * The driver in use is told apart by its name.
     */
    @Override
    public ResultSet executeStreaming(PreparedStatement ps, int rowsPerFetch) throws SQLException {
        String driver = ps.getConnection().getMetaData().getDriverName();
        boolean mariadbDriver = driver != null && driver.toLowerCase(Locale.ROOT).contains("mariadb");
        ps.setFetchSize(mariadbDriver ? rowsPerFetch : Integer.MIN_VALUE);
        return ps.executeQuery();
    }

    /**
     * One result at a time per connection: MariaDB's driver reads the rest of an open stream
     * into memory before running another statement, MySQL's refuses the statement.
     */
    @Override
    public boolean streamsAlongsideOtherStatements() {
        return false;
    }

    // --- DDL and reflection ----------------------------------------------------------------

    @Override
    public String dropForeignKeyClause() {
        return "DROP FOREIGN KEY";
    }

    @Override
    public String dropConstraintClause(ConstraintKind kind, String quotedName) {
        switch (kind) {
            case PRIMARY_KEY:
                return "DROP PRIMARY KEY";
            case FOREIGN_KEY:
                return "DROP FOREIGN KEY " + quotedName;
            case UNIQUE:
                return "DROP INDEX " + quotedName; // a unique key is an index here
            default:
                return (mariadb ? "DROP CONSTRAINT " : "DROP CHECK ") + quotedName;
        }
    }

    /** Type and nullability are changed by restating the whole column; a default alone by the standard clause. */
    @Override
    public String alterColumnClause(AlterColumn.Change change, String quotedColumn,
                                    String columnSpec, Column<?> column) {
        if (change == AlterColumn.Change.SERVER_DEFAULT) {
            return super.alterColumnClause(change, quotedColumn, columnSpec, column);
        }
        return "MODIFY COLUMN " + columnSpec;
    }

    @Override
    public boolean readsOrderByParameterAsPosition() {
        return true; // the driver inlines the value: ORDER BY 2 is the second column
    }

    @Override
    public String stringLiteral(String value) {
        // backslash is an escape character in MySQL's default mode
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return false; // every DDL statement commits implicitly
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

    /**
     * Connector/J takes the JDBC flag as a routing hint only; the server is told with
     * {@code SET SESSION TRANSACTION READ ONLY}, which makes it refuse writes.
     */
    @Override
    public void readOnly(java.sql.Connection jdbc, boolean readOnly) throws SQLException {
        jdbc.setReadOnly(readOnly);
        try (java.sql.Statement s = jdbc.createStatement()) {
            s.execute("SET SESSION TRANSACTION " + (readOnly ? "READ ONLY" : "READ WRITE"));
        }
    }
}
