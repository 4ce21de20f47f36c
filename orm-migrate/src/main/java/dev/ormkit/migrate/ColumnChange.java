package dev.ormkit.migrate;

import dev.ormkit.sql.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Operations#alterColumn} changes about a column, Alembic's {@code alter_column}
 * keyword arguments: {@code ColumnChange.type(Types.TEXT).nullable(true)}, or
 * {@code ColumnChange.rename("full_name")}. Immutable; each method returns a new change.
 */
public final class ColumnChange {
    private final @Nullable SqlType<?> type;
    private final @Nullable Boolean nullable;
    private final boolean defaultChanged;
    private final @Nullable String serverDefault;
    private final @Nullable String newName;

    private ColumnChange(@Nullable SqlType<?> type, @Nullable Boolean nullable, boolean defaultChanged,
                         @Nullable String serverDefault, @Nullable String newName) {
        this.type = type;
        this.nullable = nullable;
        this.defaultChanged = defaultChanged;
        this.serverDefault = serverDefault;
        this.newName = newName;
    }

    private static final ColumnChange NONE = new ColumnChange(null, null, false, null, null);

    /** A new SQL type. */
    public static ColumnChange type(SqlType<?> newType) {
        return NONE.andType(newType);
    }

    /** NULL allowed or not. */
    public static ColumnChange nullable(boolean allowNull) {
        return NONE.andNullable(allowNull);
    }

    /** A new server default (SQL text), or none with {@code null}. */
    public static ColumnChange serverDefault(@Nullable String sql) {
        return NONE.andServerDefault(sql);
    }

    /** A new name. */
    public static ColumnChange rename(String newName) {
        return NONE.andRename(newName);
    }

    public ColumnChange andType(SqlType<?> newType) {
        return new ColumnChange(newType, nullable, defaultChanged, serverDefault, newName);
    }

    public ColumnChange andNullable(boolean allowNull) {
        return new ColumnChange(type, allowNull, defaultChanged, serverDefault, newName);
    }

    public ColumnChange andServerDefault(@Nullable String sql) {
        return new ColumnChange(type, nullable, true, sql, newName);
    }

    public ColumnChange andRename(String name) {
        return new ColumnChange(type, nullable, defaultChanged, serverDefault, name);
    }

    @Nullable SqlType<?> newType() {
        return type;
    }

    @Nullable Boolean newNullable() {
        return nullable;
    }

    boolean defaultChanged() {
        return defaultChanged;
    }

    @Nullable String newServerDefault() {
        return serverDefault;
    }

    @Nullable String newName() {
        return newName;
    }
}
