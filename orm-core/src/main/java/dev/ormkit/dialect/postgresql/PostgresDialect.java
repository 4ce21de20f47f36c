package dev.ormkit.dialect.postgresql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import dev.ormkit.dialect.ArrayValue;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.TypeNames;
import dev.ormkit.sql.SqlType;
import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.InExpression;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.sql.TextSyntax;
import org.jspecify.annotations.Nullable;

/** PostgreSQL: native ILIKE, RETURNING everywhere, {@code ON CONFLICT}, identity columns, UUID. */
public class PostgresDialect extends Dialect {
    private static final TypeNames TYPE_NAMES = TypeNames.standard()
            .with(TypeKind.BINARY, "BYTEA");
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

    /**
     * At READ COMMITTED (PostgreSQL's default) every statement reads its own snapshot, inside a
     * transaction or not, and a plain SELECT's lock ends with it: a key read needs no
     * {@code BEGIN} of its own. At REPEATABLE READ or SERIALIZABLE (a server or role default) the
     * first statement fixes the snapshot of the whole transaction, so it must run inside it.
     */
    @Override
    public boolean keyReadsNeedNoTransaction(java.sql.Connection jdbc) throws SQLException {
        return jdbc.getTransactionIsolation() == java.sql.Connection.TRANSACTION_READ_COMMITTED;
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
    public void renderIlike(SqlCompiler c, Expression<?> left, Expression<?> right, boolean negated) {
        c.processOperand(left, 6);
        c.append(negated ? " NOT ILIKE " : " ILIKE ");
        c.processOperand(right, 6);
    }

    /**
     * PostgreSQL strings escape quotes by doubling, or with a backslash in {@code E'...'};
     * bodies may be dollar-quoted; comments nest. The driver reads a bare {@code ?} as a
     * parameter and {@code ??} as the operator {@code ?}.
     */
    private static final TextSyntax TEXT_SYNTAX = new TextSyntax(false, true, true, true, "??");

    @Override
    public TextSyntax textSyntax() {
        return TEXT_SYNTAX;
    }

    /**
     * Lists longer than this bind as one array: {@code x = ANY(?)}. A statement takes at most
     * 65,535 parameters (the protocol counts them in 16 bits), which a list of keys can exceed;
     * PostgreSQL plans {@code x IN (a, b)} as {@code x = ANY('{a,b}')} anyway. Shorter lists stay
     * {@code IN (?, ?)}, whose compiled form the statement cache keeps.
     */
    static final int ARRAY_IN_THRESHOLD = 1_000;

    @Override
    public void renderInList(SqlCompiler c, InExpression in) {
        String elementType = arrayElementType(in.operand().type());
        List<@Nullable Object> values = elementType == null ? null : largeInListValues(in, ARRAY_IN_THRESHOLD);
        if (values == null) {
            c.renderInList(in);
            return;
        }
        // NOT IN and <> ALL agree on NULLs too: both are unknown when no value matches and one is NULL
        c.processOperand(in.operand(), 6);
        c.append(in.negated() ? " <> ALL(" : " = ANY(");
        c.bindValue(new ArrayValue(elementType, values), null);
        c.append(")");
    }

    /**
     * A collection longer than {@link #ARRAY_IN_THRESHOLD} given for {@code IN :name} binds as one
     * array read by {@code unnest}, its element type from the parameter's type or else from the
     * values' Java class; a collection of values with no array type here stays expanded.
     */
    @Override
    public @Nullable Whole bindWhole(Collection<?> values, @Nullable SqlType<?> type) {
        if (values.size() <= ARRAY_IN_THRESHOLD) {
            return null;
        }
        String elementType = type != null ? arrayElementType(type) : arrayElementType(values);
        if (elementType == null) {
            return null;
        }
        List<@Nullable Object> stored = new ArrayList<>(values.size());
        for (Object value : values) {
            stored.add(toDatabase(value, type));
        }
        return new Whole("(SELECT unnest(?))", new ArrayValue(elementType, stored));
    }

    /** The array element type for values all of one Java class; null when they are of several or of none with an array type. */
    private static @Nullable String arrayElementType(Collection<?> values) {
        Class<?> javaType = null;
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            if (javaType != null && value.getClass() != javaType) {
                return null;
            }
            javaType = value.getClass();
        }
        if (javaType == null) {
            return null;
        }
        return JAVA_ARRAY_TYPES.get(javaType);
    }

    /** Java classes the driver's {@code createArrayOf} takes as they are, with their element types. */
    private static final Map<Class<?>, String> JAVA_ARRAY_TYPES = Map.of(
            Short.class, "int2", Integer.class, "int4", Long.class, "int8",
            BigDecimal.class, "numeric", Double.class, "float8", Boolean.class, "bool",
            String.class, "text", UUID.class, "uuid");

    /** The array element type for values of {@code type}, in the driver's names; null for types kept as lists. */
    private static @Nullable String arrayElementType(@Nullable SqlType<?> type) {
        if (type == null) {
            return null;
        }
        switch (type.kind()) {
            case SMALLINT: return "int2";
            case INTEGER: return "int4";
            case BIGINT: return "int8";
            case DECIMAL: return "numeric";
            case DOUBLE: return "float8";
            case BOOLEAN: return "bool";
            case VARCHAR:
            case TEXT: return "text";
            case UUID: return "uuid";
            case DATE: return "date";
            case TIMESTAMP: return "timestamp";
            case TIMESTAMP_TZ: return "timestamptz";
            default: return null;
        }
    }

    @Override
    public void bind(PreparedStatement ps, int index, @Nullable Object value, @Nullable SqlType<?> type)
            throws SQLException {
        if (value instanceof ArrayValue array) {
            ps.setArray(index, ps.getConnection().createArrayOf(array.elementType(), array.elements()));
            return;
        }
        super.bind(ps, index, value, type);
    }

    @Override
    public boolean supportsReturning(StatementKind kind) {
        return true;
    }

    @Override
    public boolean supportsDistinctOn() {
        return true;
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
    public boolean supportsLateral() {
        return true;
    }

    @Override
    public boolean supportsDataModifyingCte() {
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
