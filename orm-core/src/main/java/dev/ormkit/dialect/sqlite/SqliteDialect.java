package dev.ormkit.dialect.sqlite;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.TypeNames;
import dev.ormkit.dialect.JdbcValues;
import dev.ormkit.schema.AddColumn;
import dev.ormkit.schema.AddConstraint;
import dev.ormkit.schema.AddForeignKey;
import dev.ormkit.schema.AlterColumn;
import dev.ormkit.schema.CheckConstraint;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.DdlElement;
import dev.ormkit.schema.DropColumn;
import dev.ormkit.schema.DropConstraint;
import dev.ormkit.schema.DropForeignKey;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.RenameColumn;
import dev.ormkit.schema.RenameTable;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.UniqueConstraint;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.ForUpdate;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.InExpression;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.sql.Values;
import org.jspecify.annotations.Nullable;

/**
 * SQLite: dynamic typing, so dates and UUIDs are stored as text (in SQLAlchemy's formats);
 * an autoincrement key must be {@code INTEGER PRIMARY KEY} written inline; RETURNING and
 * {@code ON CONFLICT} since 3.35; no row locks.
 */
public class SqliteDialect extends Dialect {
    /** SQLite's own spellings; an INTEGER PRIMARY KEY is the rowid, which is 64-bit. */
    private static final TypeNames TYPE_NAMES = TypeNames.standard()
            .with(TypeKind.BIGINT, "INTEGER")
            .with(TypeKind.DOUBLE, "FLOAT")
            .with(TypeKind.TIMESTAMP, "DATETIME")
            .with(TypeKind.TIMESTAMP_TZ, "DATETIME")
            .with(TypeKind.UUID, "CHAR(36)")
            .with(TypeKind.BINARY, "BLOB");
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

    /** SQLite is a library: its database is a file or memory inside the application. */
    @Override
    public boolean alwaysEmbedded() {
        return true;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    /** An in-memory SQLite database is private to its connection unless the URL asks for a shared cache. */
    @Override
    public boolean inMemoryDatabasePerConnection(String jdbcUrl) {
        return !jdbcUrl.contains("cache=shared");
    }

    /**
     * SQLite enforces foreign keys only when asked, per connection; the driver sets the pragma
     * as it opens the connection (an init statement would run inside the pool's first
     * transaction, where SQLite ignores this pragma). A busy database is waited for, not failed.
     */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("foreign_keys", "true", "busy_timeout", "5000");
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

    /**
     * Lists longer than this bind as one JSON array read by {@code json_each}: a statement
     * takes at most 32,766 parameters. Shorter lists stay {@code IN (?, ?)}, whose compiled
     * form the statement cache keeps.
     */
    static final int JSON_IN_THRESHOLD = 1_000;

    @Override
    public void renderInList(SqlCompiler c, InExpression in) {
        List<@Nullable Object> values = largeInListValues(in, JSON_IN_THRESHOLD);
        String json = values == null ? null : jsonArray(values);
        if (json == null) {
            c.renderInList(in);
            return;
        }
        c.processOperand(in.operand(), 6);
        c.append(in.negated() ? " NOT IN (" : " IN (").append("SELECT value FROM json_each(");
        c.bindValue(json, null);
        c.append("))");
    }

    /**
     * A collection longer than {@link #JSON_IN_THRESHOLD} given for {@code IN :name} binds as one
     * JSON array read by {@code json_each}, as a long {@code in(...)} list does.
     */
    @Override
    public @Nullable Whole bindWhole(Collection<?> values, @Nullable SqlType<?> type) {
        if (values.size() <= JSON_IN_THRESHOLD) {
            return null;
        }
        List<@Nullable Object> stored = new ArrayList<>(values.size());
        for (Object value : values) {
            stored.add(toDatabase(value, type));
        }
        String json = jsonArray(stored);
        return json == null ? null : new Whole("(SELECT value FROM json_each(?))", json);
    }

    /** The values as a JSON array, in the storage classes SQLite keeps them in; null when one has no JSON form. */
    private static @Nullable String jsonArray(List<@Nullable Object> values) {
        StringBuilder sb = new StringBuilder(values.size() * 8).append('[');
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Boolean b) {
                sb.append(b ? '1' : '0'); // stored as integers
            } else if (v instanceof Long || v instanceof Integer) {
                sb.append(v);
            } else if (v instanceof BigDecimal d) {
                sb.append(d.toPlainString());
            } else if (v instanceof Double d && Double.isFinite(d)) {
                sb.append(d);
            } else if (v instanceof String text) {
                appendJsonString(sb, text);
            } else {
                return null;
            }
        }
        return sb.append(']').toString();
    }

    private static void appendJsonString(StringBuilder sb, String text) {
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        sb.append('"');
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
    public Set<ForUpdate.Option> rowLockOptions() {
        return EnumSet.noneOf(ForUpdate.Option.class); // no row locks, so nothing to share, skip or not wait for
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    @Override
    public void renderValues(SqlCompiler c, Values values) {
        c.renderValuesAsSelects(values); // SQLite cannot name a VALUES list's columns
    }

    @Override
    public void renderDeleteUsing(SqlCompiler c, Delete delete, List<FromClause> extraFroms) {
        throw unsupported("DELETE ... USING (DELETE from " + delete.table().name() + " with conditions on other tables)",
                "use a correlated EXISTS subquery in WHERE");
    }

    @Override
    public boolean supportsReturning(StatementKind kind) {
        return kind != StatementKind.SELECT;
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    /** The significant digits a SQLite REAL keeps exactly through its text form. */
    static final int EXACT_REAL_DIGITS = 15;

    /**
     * Refuses a decimal SQLite would round. A NUMERIC column keeps an integral value as a 64-bit
     * INTEGER (exact) and anything else as an 8-byte REAL, which holds 15 significant digits:
     * {@code 123456789012345.1234} would come back as {@code 123456789012345}. Refusing keeps
     * numeric comparison, ordering and arithmetic in SQL right for every value stored, which
     * storing decimals as text would lose.
     */
    @Override
    public void bind(PreparedStatement ps, int index, @Nullable Object value, @Nullable SqlType<?> type)
            throws SQLException {
        if (value instanceof BigDecimal d && !isExactlyStorable(d)) {
            throw new SQLDataException("SQLite cannot store " + d.toPlainString() + " exactly: a NUMERIC value"
                    + " that is not a whole number within the range of a long is kept as a REAL of "
                    + EXACT_REAL_DIGITS + " significant digits, and this one has " + d.stripTrailingZeros().precision()
                    + ". Round it to " + EXACT_REAL_DIGITS + " digits, keep it as text (a String field), or use a"
                    + " database with exact decimals", "22003");
        }
        super.bind(ps, index, value, type);
    }

    static boolean isExactlyStorable(BigDecimal d) {
        BigDecimal plain = d.stripTrailingZeros();
        boolean wholeLong = plain.scale() <= 0 && plain.toBigInteger().bitLength() < 64;
        return wholeLong || plain.precision() <= EXACT_REAL_DIGITS;
    }

    @Override
    public @Nullable Object toDatabase(@Nullable Object value, @Nullable SqlType<?> type) {
        Object v = super.toDatabase(value, type);
        if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0 && d.toBigInteger().bitLength() < 64) {
            // a whole number goes in as an INTEGER: through REAL it would keep only 15 digits
            return d.longValueExact();
        }
        if (v instanceof Double d && d.isNaN()) {
            // SQLite turns a NaN REAL into NULL; as text it is kept and reads back as NaN
            // (and sorts after every number, as PostgreSQL sorts NaN)
            return "NaN";
        }
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
                return text == null ? null : JdbcValues.readable(text, type.javaType());
            }
            default:
                return super.readValue(rs, index, type);
        }
    }

    /**
     * SQLAlchemy's SQLite formats: fixed-width, so text order is time order. The year is the
     * proleptic {@code uuuu} (year 0 is 0000), not the year of era {@code yyyy}, which writes
     * year 0 as 0001 (1 BC) and reads back a year later.
     */
    private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
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
     * SQLite's ALTER TABLE renames tables and columns, adds a column that needs no constraint
     * and no computed default, and drops a column nothing else refers to; every other change
     * is made by rebuilding the table.
     */
    @Override
    public boolean canAlterInPlace(DdlElement statement) {
        if (statement instanceof AddColumn add) {
            Column<?> c = add.column();
            String def = c.serverDefault();
            boolean computedDefault = def != null && (def.contains("(") || lower(def).startsWith("current_"));
            return !c.isPrimaryKey() && !c.isUnique() && (c.isNullable() || def != null) && !computedDefault;
        }
        if (statement instanceof DropColumn drop) {
            return !isReferencedWithin(drop.table(), drop.columnName());
        }
        if (statement instanceof RenameColumn || statement instanceof RenameTable) {
            return true;
        }
        return !(statement instanceof AlterColumn || statement instanceof AddConstraint
                || statement instanceof DropConstraint || statement instanceof AddForeignKey
                || statement instanceof DropForeignKey);
    }

    /** Whether a key, index or check of {@code table} names {@code column}: SQLite will not drop it then. */
    private static boolean isReferencedWithin(Table table, String column) {
        for (Column<?> c : table.primaryKey()) {
            if (c.name().equals(column)) {
                return true;
            }
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (u.columns().contains(column)) {
                return true;
            }
        }
        for (Index i : table.indexes()) {
            if (i.columns().contains(column)) {
                return true;
            }
        }
        for (ForeignKeyConstraint fk : table.foreignKeys()) {
            if (fk.columns().contains(column)) {
                return true;
            }
        }
        for (CheckConstraint ck : table.checks()) {
            if (lower(ck.sql()).contains(lower(column))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String foreignKeyEnforcementStatement(boolean enabled) {
        // a no-op inside a transaction, so it is run between them
        return "PRAGMA foreign_keys = " + (enabled ? "ON" : "OFF");
    }

    @Override
    public String foreignKeyCheckQuery() {
        return "SELECT * FROM pragma_foreign_key_check";
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
