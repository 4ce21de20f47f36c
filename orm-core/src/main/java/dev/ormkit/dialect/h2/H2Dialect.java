package dev.ormkit.dialect.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.TypeNames;
import dev.ormkit.exc.CompileException;
import dev.ormkit.schema.Column;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.BindParam;
import dev.ormkit.sql.Delete;
import dev.ormkit.sql.ColumnExpression;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.ForUpdate;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.FunctionCall;
import dev.ormkit.sql.Insert;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.sql.Update;
import org.jspecify.annotations.Nullable;

/**
 * H2 2.x: standard {@code OFFSET / FETCH} paging, native ILIKE and UUID, identity columns,
 * upsert as {@code MERGE INTO ... USING}; no RETURNING (generated keys instead). H2 keeps
 * unquoted names in upper case, which {@link #normalizeName} undoes.
 */
public class H2Dialect extends Dialect {
    /** H2's unbounded text is CHARACTER VARYING without a length. */
    private static final TypeNames TYPE_NAMES = TypeNames.standard()
            .with(TypeKind.TEXT, "CHARACTER VARYING");
    /**
     * Whether the embedded H2 session can be asked what its transaction holds; it reads H2's
     * internal classes, so a version without them turns this off for good.
     */
    private static volatile boolean askSessions = true;

    private static final Set<String> RESERVED = reserved();

    private static Set<String> reserved() {
        Set<String> s = new HashSet<>(SQL_RESERVED);
        s.addAll(Set.of("array", "asymmetric", "authorization", "both", "current_catalog", "current_path",
                "current_role", "current_schema", "day", "groups", "hour", "if", "ilike", "interval",
                "leading", "localtime", "localtimestamp", "minus", "minute", "month", "natural", "over",
                "partition", "qualify", "range", "regexp", "row", "rownum", "rows", "second", "session_user",
                "symmetric", "system_user", "top", "trailing", "uescape", "unknown", "value", "window",
                "year", "_rowid_"));
        return Set.copyOf(s);
    }

    /**
     * 50: H2 tests each row it reads against the whole list of bound values, one value after
     * another, so a statement's cost grows with rows times keys. There is no round trip to save
     * in memory or in a file, and in a JDBC program loading the 10,000 rows of 1,000 keys here,
     * 50 keys per statement took a third of the time of 500.
     */
    @Override
    public int keysPerSelectIn() {
        return 50;
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String normalizeName(String catalogName) {
        return catalogName.equals(catalogName.toUpperCase(Locale.ROOT))
                ? catalogName.toLowerCase(Locale.ROOT) : catalogName;
    }

    /**
     * H2 computes a whole result before handing out its first row unless lazy query execution
     * is on (then a plain scan is read row by row; a sort or grouping still needs every row).
     */
    @Override
    public ResultSet executeStreaming(PreparedStatement ps, int rowsPerFetch) throws SQLException {
        ps.setFetchSize(rowsPerFetch); // rows per round trip for a server (TCP) connection
        return H2Sessions.executeLazily(ps);
    }

    /**
     * Asks the embedded H2 session. H2 forgets every statement it has parsed for a connection
     * when a transaction rolls back, not when one commits, so a connection given back after
     * reads alone keeps them when its transaction ends with a commit.
     */
    @Override
    public boolean transactionWroteNothing(java.sql.Connection jdbc) throws java.sql.SQLException {
        if (!askSessions) {
            return false;
        }
        try {
            return H2Sessions.wroteNothing(jdbc);
        } catch (LinkageError e) {
            // an H2 whose internal session classes differ from the 2.x ones: always roll back
            askSessions = false;
            return false;
        }
    }

    @Override
    protected TypeNames typeNames() {
        return TYPE_NAMES;
    }

    @Override
    public void renderLimitOffset(SqlCompiler c, @Nullable Long limit, @Nullable Long offset) {
        if (offset != null) {
            c.append(" OFFSET ");
            c.bindValue(offset, null);
            c.append(" ROWS");
        }
        if (limit != null) {
            c.append(" FETCH FIRST ");
            c.bindValue(limit, null);
            c.append(" ROWS ONLY");
        }
    }

    @Override
    public void renderIlike(SqlCompiler c, Expression<?> left, Expression<?> right, boolean negated) {
        c.processOperand(left, 6);
        c.append(negated ? " NOT ILIKE " : " ILIKE ");
        c.processOperand(right, 6);
    }

    @Override
    public void renderFunction(SqlCompiler c, FunctionCall<?> f) {
        boolean allParameters = !f.arguments().isEmpty();
        for (Expression<?> a : f.arguments()) {
            allParameters &= a.unwrap() instanceof BindParam<?>;
        }
        if (!allParameters) {
            super.renderFunction(c, f);
            return;
        }
        // H2 cannot type coalesce(?, ?) and the like from parameters alone: cast them
        c.append(f.name()).append(f.distinct() ? "(DISTINCT " : "(");
        for (int i = 0; i < f.arguments().size(); i++) {
            c.append(i > 0 ? ", " : "");
            c.processTypedBind((BindParam<?>) f.arguments().get(i).unwrap());
        }
        c.append(")");
    }

    @Override
    public boolean readsOrderByParameterAsPosition() {
        return true; // H2 sorts by the column at that position, or fails
    }

    @Override
    public boolean castsParameterArithmetic() {
        return true; // ? % ? fails with "Unknown data type"
    }

    @Override
    public void renderCaseResult(SqlCompiler c, Expression<?> result, boolean onlyParameters) {
        // H2 types CASE WHEN ... THEN ? ELSE ? END as text when only parameters give results:
        // cast them, or an integer CASE reads back as a string
        if (onlyParameters && result.unwrap() instanceof BindParam<?> p) {
            c.processTypedBind(p);
            return;
        }
        super.renderCaseResult(c, result, onlyParameters);
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    @Override
    public boolean supportsWithinGroup() {
        return true;
    }

    @Override
    public boolean supportsWithBefore(StatementKind kind) {
        return kind == StatementKind.SELECT; // an INSERT takes WITH in front of its SELECT instead
    }

    @Override
    public Set<ForUpdate.Option> rowLockOptions() {
        return EnumSet.of(ForUpdate.Option.OF, ForUpdate.Option.NOWAIT, ForUpdate.Option.SKIP_LOCKED); // no FOR SHARE
    }

    @Override
    public void renderUpdateFrom(SqlCompiler c, Update update, List<FromClause> extraFroms) {
        throw unsupported("UPDATE ... FROM (UPDATE of " + update.table().name() + " with conditions on other tables)",
                "use a correlated subquery in SET and WHERE, or MERGE");
    }

    @Override
    public void renderDeleteUsing(SqlCompiler c, Delete delete, List<FromClause> extraFroms) {
        throw unsupported("DELETE ... USING (DELETE from " + delete.table().name() + " with conditions on other tables)",
                "use a correlated EXISTS subquery in WHERE");
    }

    @Override
    public String currentTimestampSql() {
        return "LOCALTIMESTAMP"; // CURRENT_TIMESTAMP is WITH TIME ZONE here
    }

    @Override
    protected boolean supportsIntersectExceptAll() {
        return false; // H2 2.x parses neither INTERSECT ALL nor EXCEPT ALL
    }

    @Override
    public boolean hasNativeUuid() {
        return true;
    }

    @Override
    public void renderInsert(SqlCompiler c, Insert insert) {
        Insert.Upsert upsert = insert.upsert();
        if (upsert == null) {
            super.renderInsert(c, insert);
            return;
        }
        renderMerge(c, insert, upsert);
    }

    /**
     * {@code MERGE INTO t USING (VALUES ...) AS excluded (cols) ON (key match)
     * WHEN MATCHED THEN UPDATE SET ... WHEN NOT MATCHED THEN INSERT ...}.
     */
    private void renderMerge(SqlCompiler c, Insert insert, Insert.Upsert upsert) {
        List<Map<ColumnExpression<?>, Expression<?>>> rows = insert.rows();
        if (rows.isEmpty() || insert.fromSelect() != null) {
            throw new CompileException("An H2 upsert needs the inserted rows given with values(...)");
        }
        if (!insert.returningColumns().isEmpty()) {
            throw new CompileException("h2 does not support RETURNING on an upsert");
        }
        List<ColumnExpression<?>> cols = List.copyOf(rows.get(0).keySet());
        List<ColumnExpression<?>> target = insert.conflictTarget();
        String table = quoteIdentifier(insert.table().name());
        c.append("MERGE INTO ").append(table).append(" USING (VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            c.append(r > 0 ? ", " : "");
            c.beginValuesGroup();
            c.append("(");
            c.processList(List.copyOf(rows.get(r).values()));
            c.append(")");
            c.endValuesGroup();
        }
        c.append(") AS excluded (");
        for (int i = 0; i < cols.size(); i++) {
            c.append(i > 0 ? ", " : "").appendIdentifier(cols.get(i).name());
        }
        c.append(") ON (");
        for (int i = 0; i < target.size(); i++) {
            String n = quoteIdentifier(target.get(i).name());
            c.append(i > 0 ? " AND " : "").append(table).append(".").append(n).append(" = excluded.").append(n);
        }
        c.append(")");
        if (!upsert.doNothing()) {
            c.append(" WHEN MATCHED THEN UPDATE SET ");
            c.renderAssignments(upsert.set());
        }
        c.append(" WHEN NOT MATCHED THEN INSERT (");
        for (int i = 0; i < cols.size(); i++) {
            c.append(i > 0 ? ", " : "").appendIdentifier(cols.get(i).name());
        }
        c.append(") VALUES (");
        for (int i = 0; i < cols.size(); i++) {
            c.append(i > 0 ? ", " : "").append("excluded.").appendIdentifier(cols.get(i).name());
        }
        c.append(")");
    }

    @Override
    public boolean supportsReturning(StatementKind kind) {
        return false;
    }

    // --- DDL and reflection ----------------------------------------------------------------

    /** H2 reports generated keys by the catalog's (upper-case) name. */
    @Override
    public String generatedKeyName(String column) {
        return denormalizeName(column);
    }

    /** {@code jdbc:h2:mem:} without a name is a new database for each connection. */
    @Override
    public boolean inMemoryDatabasePerConnection(String jdbcUrl) {
        return jdbcUrl.equals("jdbc:h2:mem:");
    }

    /** An in-memory H2 database would vanish with its last connection; the pool may have none for a while. */
    @Override
    public String pooledJdbcUrl(String jdbcUrl, boolean inMemory) {
        return inMemory && !jdbcUrl.contains("DB_CLOSE_DELAY") ? jdbcUrl + ";DB_CLOSE_DELAY=-1" : jdbcUrl;
    }

    @Override
    public String denormalizeName(String name) {
        // what is written bare is stored upper-cased; what needs quotes is stored as written
        return needsQuoting(name) ? name : name.toUpperCase(Locale.ROOT);
    }

    @Override
    public dev.ormkit.schema.Reflector reflector() {
        return H2Reflector.INSTANCE;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return false; // H2 commits the open transaction before each DDL statement
    }
}
