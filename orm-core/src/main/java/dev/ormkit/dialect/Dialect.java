package dev.ormkit.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.ormkit.exc.CompileException;
import dev.ormkit.exc.DataException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.exc.ProgrammingException;
import dev.ormkit.schema.AlterColumn;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ConstraintKind;
import dev.ormkit.schema.DdlDialect;
import dev.ormkit.schema.DdlElement;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.ColumnExpression;
import dev.ormkit.sql.CompoundSelect;
import dev.ormkit.sql.CollectionBinding;
import dev.ormkit.sql.Compiled;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.Executable;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.ForUpdate;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.FunctionCall;
import dev.ormkit.sql.InExpression;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.NamedFrom;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.SqlDialect;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.sql.TextSyntax;
import dev.ormkit.sql.Update;
import dev.ormkit.sql.Values;
import org.jspecify.annotations.Nullable;

/**
 * What one database does differently: type names, identifier quoting, paging, RETURNING,
 * upsert, value binding and error classification. A dialect is data plus a few overrides;
 * everything else is shared. Adding a database means one new subclass in its own package.
 *
 * <p>Dialects are immutable and thread-safe, and hold no state: an engine keeps the cache of
 * compiled statements, so one dialect serves many engines without sharing their caches.
 */
public abstract class Dialect implements SqlDialect, DdlDialect, CollectionBinding {
    /** Words every supported database reserves; dialects add their own. */
    protected static final Set<String> SQL_RESERVED = Set.of(
            "all", "alter", "and", "any", "as", "asc", "between", "by", "case", "cast", "check", "column",
            "constraint", "create", "cross", "current_date", "current_time", "current_timestamp", "current_user",
            "default", "delete", "desc", "distinct", "drop", "else", "end", "except", "exists", "false", "fetch",
            "for", "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner", "insert",
            "intersect", "into", "is", "join", "key", "left", "like", "limit", "not", "null", "offset", "on",
            "or", "order", "outer", "primary", "references", "right", "select", "set", "some", "table", "then",
            "to", "true", "union", "unique", "update", "user", "using", "values", "when", "where", "with");

    /** The database's name as URLs spell it: {@code postgresql}, {@code mysql}, {@code sqlite}, {@code h2}. */
    public abstract String name();

    // --- compiling ---------------------------------------------------------------------

    /**
     * Compiles a statement for this database, bound to the statement's own values, without
     * caching: to see the SQL of a statement. Statements run on a connection go through the
     * engine's statement cache, where statements of the same shape compile once.
     */
    public Compiled compile(Executable statement) {
        return SqlCompiler.compile(statement, this);
    }

    // --- identifiers ---------------------------------------------------------------------

    /** The character identifiers are quoted with. */
    protected char quoteChar() {
        return '"';
    }

    /** This database's reserved words, lower case. */
    protected Set<String> reservedWords() {
        return SQL_RESERVED;
    }

    /**
     * The identifier as it must appear in SQL: bare when it is a plain lower-case name that is
     * not reserved, quoted otherwise (reserved words, upper case, spaces, quotes), with embedded
     * quote characters doubled.
     */
    public String quoteIdentifier(String identifier) {
        if (!needsQuoting(identifier)) {
            return identifier;
        }
        char q = quoteChar();
        String doubled = identifier.replace(String.valueOf(q), String.valueOf(q) + q);
        return q + doubled + q;
    }

    /** True when {@code identifier} cannot be written bare. */
    public boolean needsQuoting(String identifier) {
        if (identifier.isEmpty()) {
            return true;
        }
        char first = identifier.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return true;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char ch = identifier.charAt(i);
            if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) {
                return true;
            }
        }
        return reservedWords().contains(identifier);
    }

    /**
     * How the database reports an unquoted name in its catalog, turned back into ormkit's
     * lower-case form (H2 stores unquoted names in upper case).
     */
    public String normalizeName(String catalogName) {
        return catalogName;
    }

    // --- types ---------------------------------------------------------------------------

    /** The DDL type name of {@code type} on this database, from its {@link #typeNames()} table. */
    @Override
    public final String typeName(SqlType<?> type) {
        return typeNames().nameOf(type);
    }

    /** How this database spells each type: the standard table, with this database's own spellings over it. */
    protected TypeNames typeNames() {
        return TypeNames.standard();
    }

    /** The type name inside {@code CAST(x AS ...)}; the DDL name unless the database differs. */
    public String castTypeName(SqlType<?> type) {
        return typeName(type);
    }

    // --- rendering hooks -----------------------------------------------------------------

    /** How {@code text()} SQL is read on this database: quotes, escapes, literal question marks. */
    public TextSyntax textSyntax() {
        return TextSyntax.STANDARD;
    }

    /** Paging. The default is {@code LIMIT ? OFFSET ?}; values are bound. */
    public void renderLimitOffset(SqlCompiler c, @Nullable Long limit, @Nullable Long offset) {
        if (limit != null) {
            c.append(" LIMIT ");
            c.bindValue(limit, null);
        }
        if (offset != null) {
            c.append(" OFFSET ");
            c.bindValue(offset, null);
        }
    }

    /**
     * {@code x [NOT] IN (values)} for a non-empty list of values. The default binds one
     * parameter per value; a database whose statements take fewer parameters than a list may
     * hold binds the list as one value instead (PostgreSQL's array, SQLite's JSON).
     */
    public void renderInList(SqlCompiler c, InExpression in) {
        c.renderInList(in);
    }

    /**
     * A collection given for {@code IN :name} in a text statement, bound whole where the database
     * must: the default expands it to one parameter per element. A dialect that binds long
     * {@link #renderInList IN lists} as one value does the same here.
     */
    @Override
    public @Nullable Whole bindWhole(Collection<?> values, @Nullable SqlType<?> type) {
        return null;
    }

    /**
     * The values of an IN list as this database stores them, when every one is known at
     * compile time and the list is longer than {@code threshold}; null otherwise (the list is
     * then rendered as parameters).
     */
    protected final @Nullable List<@Nullable Object> largeInListValues(InExpression in, int threshold) {
        if (in.values().size() <= threshold) {
            return null;
        }
        SqlType<?> type = in.operand().type();
        List<@Nullable Object> values = new java.util.ArrayList<>(in.values().size());
        for (dev.ormkit.sql.BindParam<?> p : in.values()) {
            if (!p.hasValue()) {
                return null;
            }
            values.add(toDatabase(p.value(), p.type() != null ? p.type() : type));
        }
        return values;
    }

    /**
     * Whether a bare parameter in ORDER BY is read as a result column's position once its value
     * is known ({@code ORDER BY ?} with 2 sorting by the second column, or failing), rather than
     * as a constant. The compiler then casts such a parameter, which makes it an expression.
     */
    public boolean readsOrderByParameterAsPosition() {
        return false;
    }

    /**
     * Whether {@code ? + ?} (any arithmetic with only parameters as operands) needs its
     * parameters cast, because the database cannot type the operation from them alone.
     */
    public boolean castsParameterArithmetic() {
        return false;
    }

    /**
     * Renders one THEN or ELSE result of a CASE. {@code onlyParameters} is true when every
     * result of the CASE is a bound parameter, so the database has nothing to take the
     * CASE's type from but the parameters.
     */
    public void renderCaseResult(SqlCompiler c, Expression<?> result, boolean onlyParameters) {
        c.process(result);
    }

    /** Case-insensitive LIKE; the default lower-cases both sides. */
    public void renderIlike(SqlCompiler c, Expression<?> left, Expression<?> right, boolean negated) {
        c.append("lower(");
        c.process(left);
        c.append(negated ? ") NOT LIKE lower(" : ") LIKE lower(");
        c.process(right);
        c.append(")");
    }

    /** String concatenation; the default is the standard {@code ||}. */
    public void renderConcat(SqlCompiler c, Expression<?> left, Expression<?> right) {
        c.processOperand(left, 7);
        c.append(" || ");
        c.processOperand(right, 8);
    }

    /** A function call; maps portable names ({@code now}) to this database's. */
    public void renderFunction(SqlCompiler c, FunctionCall<?> f) {
        if (f.name().equals("now") && f.arguments().isEmpty()) {
            c.append(currentTimestampSql());
            return;
        }
        c.renderFunctionCall(f.name(), f);
    }

    /**
     * What {@code func.now()} renders: the current time as a timestamp without time zone, the
     * type {@code now()} is declared with. {@code CURRENT_TIMESTAMP} unless that carries a zone.
     */
    public String currentTimestampSql() {
        return "CURRENT_TIMESTAMP";
    }

    /** An ORDER BY term; the default writes NULLS FIRST / LAST when asked. */
    public void renderOrderByItem(SqlCompiler c, OrderByItem item) {
        c.renderOrderByItem(item, true);
    }

    /**
     * The keyword of a set operation.
     *
     * @throws CompileException when this database lacks the operation
     */
    public String compoundKeyword(CompoundSelect.Kind kind) {
        if (!supportsCompound(kind)) {
            throw new CompileException(name() + " does not support " + kind.sql()
                    + "; use " + kind.sql().replace(" ALL", "") + " (without duplicates) or rewrite the query");
        }
        return kind.sql();
    }

    /** Whether this database has the set operation; all have UNION, INTERSECT and EXCEPT. */
    public boolean supportsCompound(CompoundSelect.Kind kind) {
        boolean allForm = kind == CompoundSelect.Kind.INTERSECT_ALL || kind == CompoundSelect.Kind.EXCEPT_ALL;
        return !allForm || supportsIntersectExceptAll();
    }

    /** Whether {@code INTERSECT ALL} and {@code EXCEPT ALL} exist (PostgreSQL, MariaDB 10.5+, MySQL 8.0.31+). */
    protected boolean supportsIntersectExceptAll() {
        return true;
    }

    /**
     * Whether a member of a UNION / INTERSECT / EXCEPT may be written in parentheses (needed
     * when it has its own ORDER BY or LIMIT); where not, the compiler wraps it as a derived table.
     */
    public boolean supportsParenthesizedCompoundMembers() {
        return true;
    }

    /** What follows {@code SELECT cols} when there is no table: nothing on most databases. */
    public String emptyFromClause() {
        return "";
    }

    /** {@code FOR UPDATE}, or nothing where the database has no row locks. */
    public String forUpdateClause() {
        return " FOR UPDATE";
    }

    /** The clause of a shared row lock: {@code FOR SHARE}, MariaDB's {@code LOCK IN SHARE MODE}. */
    public String shareLockClause() {
        return " FOR SHARE";
    }

    /** The row-lock options this database has: all of them unless a dialect says otherwise. */
    public Set<ForUpdate.Option> rowLockOptions() {
        return EnumSet.allOf(ForUpdate.Option.class);
    }

    /**
     * A SELECT's row lock: {@code FOR UPDATE | FOR SHARE [OF t, ...] [NOWAIT | SKIP LOCKED]}.
     *
     * @throws CompileException naming this database when it lacks an option the lock uses
     */
    public void renderForUpdate(SqlCompiler c, ForUpdate lock) {
        Set<ForUpdate.Option> missing = EnumSet.noneOf(ForUpdate.Option.class);
        missing.addAll(lock.options());
        missing.removeAll(rowLockOptions());
        if (!missing.isEmpty()) {
            ForUpdate.Option first = missing.iterator().next();
            throw new CompileException(name() + " does not support " + first.sql() + " in a locking SELECT ("
                    + lock + ")" + (rowLockOptions().isEmpty() ? ": it has no row locks" : ""));
        }
        c.append(lock.isShare() ? shareLockClause() : forUpdateClause());
        if (!lock.of().isEmpty()) {
            c.append(" OF ");
            for (int i = 0; i < lock.of().size(); i++) {
                FromClause table = lock.of().get(i);
                if (!(table instanceof NamedFrom named)) {
                    throw new CompileException("FOR UPDATE OF takes tables or aliases, not " + table);
                }
                c.append(i > 0 ? ", " : "").appendIdentifier(named.fromName());
            }
        }
        if (lock.isNowait()) {
            c.append(" NOWAIT");
        }
        if (lock.isSkipLocked()) {
            c.append(" SKIP LOCKED");
        }
    }

    /**
     * Whether {@code SELECT DISTINCT ON (...)} exists with PostgreSQL's meaning (H2 parses it
     * but wants every ORDER BY term in the SELECT list, so it does not count).
     */
    public boolean supportsDistinctOn() {
        return false;
    }

    /** Whether aggregates take {@code FILTER (WHERE ...)}; where not, the compiler writes the CASE form. */
    public boolean supportsAggregateFilter() {
        return false;
    }

    /** Whether ordered-set aggregates ({@code ... WITHIN GROUP (ORDER BY ...)}) exist. */
    public boolean supportsWithinGroup() {
        return false;
    }

    /** Whether a derived table may be {@code LATERAL}. */
    public boolean supportsLateral() {
        return false;
    }

    /**
     * Whether a statement of this kind may start with a WITH clause. Where an INSERT may not,
     * its CTEs go in front of its SELECT; for UPDATE and DELETE, CTEs are then a CompileException.
     */
    public boolean supportsWithBefore(StatementKind kind) {
        return true;
    }

    /** Whether INSERT, UPDATE and DELETE (with RETURNING) may be CTEs (PostgreSQL). */
    public boolean supportsDataModifyingCte() {
        return false;
    }

    /**
     * A FROM element of rows given in the statement ({@code values(...)}). The default is
     * {@code (VALUES ...) AS name (columns)}; databases that cannot name those columns use
     * {@link SqlCompiler#renderValuesAsSelects}.
     */
    public void renderValues(SqlCompiler c, Values values) {
        c.renderValuesConstructor(values);
    }

    /**
     * An UPDATE whose conditions or values refer to other tables. The default is the
     * {@code UPDATE t SET ... FROM other WHERE ...} of PostgreSQL and SQLite.
     */
    public void renderUpdateFrom(SqlCompiler c, Update update, List<FromClause> extraFroms) {
        c.renderUpdateSetFrom(update, extraFroms);
    }

    /**
     * A DELETE whose conditions refer to other tables. The default is PostgreSQL's
     * {@code DELETE FROM t USING other WHERE ...}.
     */
    public void renderDeleteUsing(SqlCompiler c, Delete delete, List<FromClause> extraFroms) {
        c.renderDeleteUsing(delete, extraFroms, false);
    }

    /** The CompileException for a statement form this database lacks, naming the database. */
    protected CompileException unsupported(String what, String instead) {
        return new CompileException(name() + " does not support " + what + "; " + instead);
    }

    /** An INSERT of a row of defaults only. */
    public String defaultValuesClause() {
        return " DEFAULT VALUES";
    }

    /** Whether a statement of this kind can end in {@code RETURNING}. */
    public boolean supportsReturning(StatementKind kind) {
        return false;
    }

    /**
     * Renders an INSERT: body, upsert clause, RETURNING. Dialects whose upsert is a different
     * statement (H2's MERGE) override this.
     */
    public void renderInsert(SqlCompiler c, Insert insert) {
        c.renderInsertBody(insert);
        Insert.Upsert upsert = insert.upsert();
        if (upsert != null) {
            renderUpsertClause(c, insert, upsert);
        }
        c.renderReturningIfAny(StatementKind.INSERT, insert.returningColumns());
    }

    /** The standard {@code ON CONFLICT (cols) DO UPDATE SET ... | DO NOTHING} (PostgreSQL, SQLite). */
    protected void renderUpsertClause(SqlCompiler c, Insert insert, Insert.Upsert upsert) {
        c.append(" ON CONFLICT");
        // DO NOTHING may omit the target (any constraint); DO UPDATE needs one
        List<ColumnExpression<?>> target = upsert.doNothing() ? upsert.conflictColumns() : insert.conflictTarget();
        if (!target.isEmpty()) {
            c.append(" (");
            for (int i = 0; i < target.size(); i++) {
                if (i > 0) {
                    c.append(", ");
                }
                c.appendIdentifier(target.get(i).name());
            }
            c.append(")");
        }
        if (upsert.doNothing()) {
            c.append(" DO NOTHING");
        } else {
            c.append(" DO UPDATE SET ");
            c.renderAssignments(upsert.set());
        }
    }

    /** The proposed value of a column inside an upsert. */
    public void renderExcluded(SqlCompiler c, ColumnExpression<?> column) {
        c.append("excluded.").appendIdentifier(column.name());
    }

    // --- connections --------------------------------------------------------------------

    /**
     * The name under which the driver reports a generated key of {@code column}
     * ({@code getGeneratedKeys()}): the column's name as written, by default.
     */
    public String generatedKeyName(String column) {
        return column;
    }

    /**
     * True when a URL naming this database may reach another one that shares its URLs and
     * driver (MySQL and MariaDB), so the server must say which it is on the first connection.
     */
    public boolean identifiedByServer() {
        return false;
    }

    /**
     * True when the database has no server and always lives inside the application (SQLite),
     * so that schema creation at start-up defaults on, as for Spring Boot's embedded databases.
     */
    public boolean alwaysEmbedded() {
        return false;
    }

    /**
     * True when every connection to this in-memory {@code jdbcUrl} sees a database of its own,
     * so that a pool must keep exactly one connection and share it.
     */
    public boolean inMemoryDatabasePerConnection(String jdbcUrl) {
        return false;
    }

    /**
     * The JDBC URL a pool connects with: {@code jdbcUrl}, or the same with what keeps an
     * in-memory database ({@code inMemory}) alive between connections.
     */
    public String pooledJdbcUrl(String jdbcUrl, boolean inMemory) {
        return jdbcUrl;
    }

    /** Driver properties every pooled connection opens with (none by default). */
    public Map<String, String> connectionProperties() {
        return Map.of();
    }

    // --- DDL -------------------------------------------------------------------------------

    /**
     * The column type and identity clause of an autoincrement column, e.g.
     * {@code BIGINT GENERATED BY DEFAULT AS IDENTITY}.
     */
    public String autoincrementColumnType(Column<?> column) {
        return typeName(column.type()) + " GENERATED BY DEFAULT AS IDENTITY";
    }

    /** True when the autoincrement column must carry the PRIMARY KEY inline (SQLite). */
    public boolean inlinePrimaryKeyForAutoincrement() {
        return false;
    }

    /**
     * True when a foreign key can be added to or dropped from an existing table with
     * {@code ALTER TABLE}; where it cannot (SQLite), a foreign key of a dependency cycle stays
     * in {@code CREATE TABLE}, which such a database does not check against missing tables.
     */
    public boolean supportsAlterForeignKey() {
        return true;
    }

    /**
     * A statement that postpones foreign key checks to the end of the transaction, for
     * dropping tables whose keys form a cycle where the keys cannot be dropped first (SQLite);
     * null where {@link #supportsAlterForeignKey()} makes it unnecessary.
     */
    public @Nullable String deferForeignKeyChecksStatement() {
        return null;
    }

    /** What follows {@code ALTER TABLE t} to drop a foreign key, before its name. */
    public String dropForeignKeyClause() {
        return "DROP CONSTRAINT";
    }

    /**
     * What follows {@code ALTER TABLE t} to drop a constraint of {@code kind} (its name already
     * quoted): {@code DROP CONSTRAINT name} by default.
     */
    public String dropConstraintClause(ConstraintKind kind, String quotedName) {
        return "DROP CONSTRAINT " + quotedName;
    }

    /**
     * What follows {@code ALTER TABLE t} to make one change to a column: by default the
     * standard {@code ALTER COLUMN c SET DATA TYPE x}, {@code SET NOT NULL} / {@code DROP NOT NULL},
     * {@code SET DEFAULT d} / {@code DROP DEFAULT}.
     *
     * @param change        what changes
     * @param quotedColumn  the column's name, quoted
     * @param columnSpec    the whole column as {@code CREATE TABLE} would write it after the change
     * @param column        the column after the change
     */
    public String alterColumnClause(AlterColumn.Change change, String quotedColumn,
                                    String columnSpec, Column<?> column) {
        switch (change) {
            case TYPE:
                return "ALTER COLUMN " + quotedColumn + " SET DATA TYPE " + typeName(column.type());
            case NULLABLE:
                return "ALTER COLUMN " + quotedColumn + (column.isNullable() ? " DROP NOT NULL" : " SET NOT NULL");
            default:
                String def = column.serverDefault();
                return "ALTER COLUMN " + quotedColumn + (def == null ? " DROP DEFAULT" : " SET DEFAULT " + def);
        }
    }

    /**
     * Whether {@code statement} (an {@code ALTER TABLE} element of {@code dev.ormkit.schema})
     * can run as it is. Where not (most of SQLite's alterations), migrations rebuild the table
     * instead: create the new form, copy the rows, drop the old one, rename.
     */
    public boolean canAlterInPlace(DdlElement statement) {
        return true;
    }

    /**
     * Whether DDL takes part in transactions (PostgreSQL, SQLite): a failed migration then
     * leaves nothing behind. Where DDL commits as it runs (MySQL, MariaDB, H2), a migration
     * that fails half-way leaves its first statements applied.
     */
    public boolean supportsTransactionalDdl() {
        return true;
    }

    /**
     * A statement that turns enforcement of foreign keys on or off for the connection, run
     * outside any transaction, where rebuilding a table needs it off (SQLite); null elsewhere.
     */
    public @Nullable String foreignKeyEnforcementStatement(boolean enabled) {
        return null;
    }

    /**
     * A query listing rows that break a foreign key, run before committing a rebuild made with
     * enforcement off ({@link #foreignKeyEnforcementStatement}); null where not needed.
     */
    public @Nullable String foreignKeyCheckQuery() {
        return null;
    }

    /**
     * A string as a SQL literal, for scripts written rather than run (migrations' offline
     * mode): quotes doubled. Never used for values sent to the database, which are bound.
     */
    public String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code DROP INDEX} of an index (both names already quoted). */
    public String dropIndexStatement(String quotedIndex, String quotedTable) {
        return "DROP INDEX " + quotedIndex;
    }

    /**
     * Whether a column of {@code type} can be in an index, primary key or unique constraint as
     * it is. MySQL cannot index {@code TEXT} or {@code BLOB} without a prefix length.
     */
    public boolean canIndexWithoutLength(SqlType<?> type) {
        return true;
    }

    /** The longest identifier the database keeps; generated constraint names are cut to fit. */
    public int maxIdentifierLength() {
        return 128;
    }

    /**
     * The name as the catalog stores it, the inverse of {@link #normalizeName}: H2 keeps an
     * unquoted name in upper case.
     */
    public String denormalizeName(String name) {
        return name;
    }

    /** How this database's schema is read back; see {@link dev.ormkit.schema.Inspector}. */
    public dev.ormkit.schema.Reflector reflector() {
        return dev.ormkit.schema.Reflector.STANDARD;
    }

    // --- batching ------------------------------------------------------------------------

    /** The most bind parameters one statement may carry. */
    public int maxBindParameters() {
        return 32_000;
    }

    /**
     * The most keys one {@code WHERE key IN (...)} of a {@code selectin} load (or a batched lazy
     * load) carries; more keys take more statements. 500 by default, as SQLAlchemy's selectin
     * loader sends: few round trips, and databases that test a row against an IN list by lookup
     * (a sorted list, an index probe per key) pay little for its length.
     */
    public int keysPerSelectIn() {
        return 500;
    }

    /** The most rows one multi-row INSERT should carry, whatever the parameter count. */
    public int maxRowsPerInsert() {
        return 1_000;
    }

    /**
     * The rows one multi-row INSERT carries when each row has {@code parametersPerRow}
     * parameters and the statement {@code others} more: as many as {@link #maxRowsPerInsert}
     * and {@link #maxBindParameters} allow, at least one.
     */
    public final int rowsPerInsert(int parametersPerRow, int others) {
        return Math.max(1, Math.min(maxRowsPerInsert(), (maxBindParameters() - others) / Math.max(1, parametersPerRow)));
    }

    // --- values --------------------------------------------------------------------------

    /** Binds one value. Subclasses convert what their driver cannot take as is. */
    public void bind(PreparedStatement ps, int index, @Nullable Object value, @Nullable SqlType<?> type)
            throws SQLException {
        JdbcValues.bind(this, ps, index, value, type);
    }

    /**
     * Converts a value to the form this driver stores (e.g. a UUID to text where there is no
     * UUID type). Called by {@link #bind}.
     */
    public @Nullable Object toDatabase(@Nullable Object value, @Nullable SqlType<?> type) {
        return JdbcValues.toDatabase(value);
    }

    /** Reads column {@code index} as {@code target} (or in its natural Java form when null). */
    public @Nullable Object read(ResultSet rs, int index, @Nullable Class<?> target) throws SQLException {
        return JdbcValues.read(this, rs, index, target);
    }

    /**
     * Reads column {@code index}, declared as {@code type}, as a value of the type's Java class
     * ({@code type.javaType()}); in its natural Java form when the type is not known. Dialects
     * override this where their driver or their storage differs (zoned timestamps kept as UTC
     * text or {@code DATETIME}, say). Result rows are read through here.
     */
    public @Nullable Object readValue(ResultSet rs, int index, @Nullable SqlType<?> type) throws SQLException {
        return JdbcValues.readValue(rs, index, type);
    }

    /**
     * The reader of result columns declared as {@code type}, chosen once per statement rather
     * than per value. It reads as {@link #readValue} does; a dialect that overrides
     * {@code readValue} gets a reader calling it for each value.
     */
    public ColumnReader columnReader(@Nullable SqlType<?> type) {
        if (readsValuesItself) {
            return (rs, index) -> readValue(rs, index, type);
        }
        return JdbcValues.columnReader(type);
    }

    /** True when the dialect's class overrides {@link #readValue}: its readers must go through it. */
    private final boolean readsValuesItself = overridesReadValue(getClass());

    private static boolean overridesReadValue(Class<?> dialect) {
        try {
            return dialect.getMethod("readValue", ResultSet.class, int.class, SqlType.class).getDeclaringClass() != Dialect.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e); // Dialect declares it
        }
    }

    /** True when the database has a native UUID type. */
    public boolean hasNativeUuid() {
        return false;
    }

    // --- transactions --------------------------------------------------------------------

    /**
     * True when the transaction under way on {@code jdbc} has written nothing, so that ending
     * it with a commit leaves the database exactly as a rollback would. A dialect answers true
     * only where the driver knows this without asking the server; the default is false (unsure).
     */
    public boolean transactionWroteNothing(java.sql.Connection jdbc) throws SQLException {
        return false;
    }

    /**
     * True when a read by primary key that is the only statement of its transaction gives the
     * same result, takes and keeps the same locks, and has the same effects in auto-commit mode:
     * then {@code Engine.connect()} leaves an auto-commit connection as it is until a statement
     * other than such a read runs, and a session that only read by key ends without the
     * {@code ROLLBACK} round trip. Where each statement reads its own snapshot (PostgreSQL at
     * READ COMMITTED) a later statement sees what it would have seen anyway. Asked once per
     * engine, on its first connection; this default says no, which keeps every statement in the
     * session's transaction.
     */
    public boolean keyReadsNeedNoTransaction(java.sql.Connection jdbc) throws SQLException {
        return false;
    }

    // --- streaming results --------------------------------------------------------------

    /**
     * Runs a prepared query so that its rows stay in the database until they are read, fetched
     * {@code rowsPerFetch} at a time: what {@code Connection.stream()} runs on. This default sets
     * the JDBC fetch size, which is what PostgreSQL's driver needs to read through a server-side
     * cursor (it does so only inside a transaction, and ormkit connections always are in one);
     * SQLite's driver reads row by row whatever the fetch size.
     */
    public ResultSet executeStreaming(PreparedStatement ps, int rowsPerFetch) throws SQLException {
        ps.setFetchSize(rowsPerFetch);
        return ps.executeQuery();
    }

    /**
     * True when other statements can run on a connection while one of its results is being
     * streamed, without the driver first reading that result to its end. False for
     * MySQL/MariaDB, whose protocol carries one result at a time: an eager load or a flush in
     * the middle of a stream then costs the memory streaming was meant to save.
     */
    public boolean streamsAlongsideOtherStatements() {
        return true;
    }

    // --- transactions ---------------------------------------------------------------------

    /**
     * Makes the transaction about to begin read-only, or read-write again. The default is the
     * JDBC flag, which PostgreSQL and MariaDB turn into a read-only transaction.
     */
    public void readOnly(java.sql.Connection jdbc, boolean readOnly) throws SQLException {
        jdbc.setReadOnly(readOnly);
    }

    // --- errors --------------------------------------------------------------------------

    /**
     * True when {@code e} says the database cancelled a statement because it ran past the
     * timeout set with {@code setQueryTimeout}. The default trusts the driver to throw
     * {@link java.sql.SQLTimeoutException}.
     */
    public boolean isStatementTimeout(SQLException e) {
        return e instanceof java.sql.SQLTimeoutException;
    }

    /** Wraps a driver error in the exception of its class, keeping SQL and parameters. */
    public DatabaseException translate(SQLException e, String sql, List<@Nullable Object> parameters) {
        switch (classifyError(e)) {
            case INTEGRITY:
                return new IntegrityException(sql, parameters, e);
            case DATA:
                return new DataException(sql, parameters, e);
            case PROGRAMMING:
                return new ProgrammingException(sql, parameters, e);
            default:
                return new OperationalException(sql, parameters, e);
        }
    }

    /** The classes of database errors, after PEP 249 (SQLAlchemy's DBAPI exceptions). */
    protected enum ErrorClass {
        /** A constraint was violated. */
        INTEGRITY,
        /** A value does not fit. */
        DATA,
        /** The statement is wrong. */
        PROGRAMMING,
        /** Anything outside the statement: connection, lock, timeout. */
        OPERATIONAL
    }

    /**
     * Classifies a driver error by its SQLSTATE class: 23 integrity; 22 data; 42, 07, 0A and
     * 21 (wrong column count) programming; everything else operational. A driver that reports
     * no SQLSTATE needs an override.
     */
    protected ErrorClass classifyError(SQLException e) {
        String state = e.getSQLState();
        String cls = state != null && state.length() >= 2 ? state.substring(0, 2) : "";
        if (isIntegrityViolation(e, cls)) {
            return ErrorClass.INTEGRITY;
        }
        switch (cls) {
            case "22":
                return ErrorClass.DATA;
            case "42":
            case "07":
            case "0A":
            case "21":
                return ErrorClass.PROGRAMMING;
            default:
                return ErrorClass.OPERATIONAL;
        }
    }

    /** SQLSTATE class 23 is an integrity violation everywhere it is reported. */
    protected boolean isIntegrityViolation(SQLException e, String sqlStateClass) {
        return "23".equals(sqlStateClass);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }

    /** The lower-case form used for keyword comparisons. */
    protected static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
