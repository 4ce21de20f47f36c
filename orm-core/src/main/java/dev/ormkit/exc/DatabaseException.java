package dev.ormkit.exc;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The database refused a statement. Keeps the SQL, its parameters and the SQLSTATE so the
 * failure can be reproduced; the driver's {@link SQLException} is the cause. The message shows
 * the parameters shortened ({@link ParameterText}); {@link #parameters()} keeps them whole.
 */
public class DatabaseException extends OrmException {
    private static final long serialVersionUID = 1L;

    private final String sql;
    private final transient List<@Nullable Object> parameters;
    private final @Nullable String sqlState;
    private final int vendorCode;

    public DatabaseException(String sql, List<@Nullable Object> parameters, SQLException cause) {
        super(describe(sql, parameters, cause), cause);
        this.sql = sql;
        this.parameters = List.copyOf(nullSafe(parameters));
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    /**
     * A failure outside any statement (connecting, checking out from the pool): {@code context}
     * says what was being done and what to do about it; {@link #sql()} is empty.
     */
    public DatabaseException(String context, SQLException cause) {
        super(context + " (" + cause.getClass().getSimpleName()
                + (cause.getSQLState() != null ? ", SQLSTATE " + cause.getSQLState() : "") + ": "
                + cause.getMessage() + ")", cause);
        this.sql = "";
        this.parameters = List.of();
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    private static List<Object> nullSafe(List<@Nullable Object> parameters) {
        // List.copyOf rejects nulls; keep nulls visible as a marker instead.
        return parameters.stream().map(p -> p == null ? NullParameter.INSTANCE : p).toList();
    }

    private static String describe(String sql, List<@Nullable Object> parameters, SQLException cause) {
        StringBuilder sb = new StringBuilder();
        sb.append('(').append(cause.getClass().getSimpleName());
        if (cause.getSQLState() != null) {
            sb.append(", SQLSTATE ").append(cause.getSQLState());
        }
        sb.append(") ").append(cause.getMessage()).append("\n[SQL: ").append(sql).append(']');
        if (!parameters.isEmpty()) {
            // long values are cut (their start, end and length kept): see ParameterText
            sb.append("\n[parameters: ").append(ParameterText.of(parameters)).append(']');
        }
        return sb.toString();
    }

    /** The SQL as sent to the driver; empty when no statement was involved (a failed connect). */
    public String sql() {
        return sql;
    }

    /** The bound parameters, in order ({@link NullParameter#INSTANCE} stands for SQL NULL). */
    public List<Object> parameters() {
        return parameters;
    }

    /** The SQLSTATE the driver reported, if any. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /** The vendor's error code. */
    public int vendorCode() {
        return vendorCode;
    }

    /** Stands for a SQL NULL parameter in {@link #parameters()}. */
    public enum NullParameter {
        INSTANCE;

        @Override
        public String toString() {
            return "null";
        }
    }
}
