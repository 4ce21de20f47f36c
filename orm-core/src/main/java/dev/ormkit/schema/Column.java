package dev.ormkit.schema;

import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.SqlType;
import java.util.Objects;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.sql.ColumnExpression;
import dev.ormkit.sql.FromClause;
import org.jspecify.annotations.Nullable;

/**
 * A table column: name, SQL type and constraints. Built detached with {@link #of} and the
 * fluent modifiers (each returns a new column), then bound to its table when the table is
 * made; the bound column is what queries use ({@code table.c("name")}).
 *
 * @param <T> the Java type of the column's values
 */
public final class Column<T> extends ColumnExpression<T> implements TableElement {
    private final String name;
    private final SqlType<T> type;
    private final boolean primaryKey;
    private final boolean nullable;
    private final boolean unique;
    private final boolean index;
    private final @Nullable Boolean autoincrement;
    private final @Nullable String serverDefault;
    private final @Nullable ForeignKeySpec foreignKey;
    private final @Nullable Table table;

    private Column(String name, SqlType<T> type, boolean primaryKey, boolean nullable, boolean unique,
                   boolean index, @Nullable Boolean autoincrement, @Nullable String serverDefault,
                   @Nullable ForeignKeySpec foreignKey, @Nullable Table table) {
        this.name = name;
        this.type = type;
        this.primaryKey = primaryKey;
        this.nullable = nullable;
        this.unique = unique;
        this.index = index;
        this.autoincrement = autoincrement;
        this.serverDefault = serverDefault;
        this.foreignKey = foreignKey;
        this.table = table;
    }

    /** A nullable column of the given type, not yet in a table. */
    public static <T> Column<T> of(String name, SqlType<T> type) {
        if (name == null || name.isBlank()) {
            throw new ArgumentException("A column needs a name");
        }
        Objects.requireNonNull(type, "type");
        return new Column<>(name, type, false, true, false, false, null, null, null, null);
    }

    /** Part of the primary key (and so NOT NULL). */
    public Column<T> primaryKey() {
        return new Column<>(name, type, true, false, unique, index, autoincrement, serverDefault, foreignKey, null);
    }

    /** NULL allowed or not. */
    public Column<T> nullable(boolean allowNull) {
        return new Column<>(name, type, primaryKey, allowNull, unique, index, autoincrement, serverDefault, foreignKey, null);
    }

    /** Shorthand for {@code nullable(false)}. */
    public Column<T> notNull() {
        return nullable(false);
    }

    /** A single-column UNIQUE constraint. */
    public Column<T> unique() {
        return new Column<>(name, type, primaryKey, nullable, true, index, autoincrement, serverDefault, foreignKey, null);
    }

    /** A single-column index, named {@code ix_<table>_<column>}. */
    public Column<T> index() {
        return new Column<>(name, type, primaryKey, nullable, unique, true, autoincrement, serverDefault, foreignKey, null);
    }

    /**
     * Whether the database generates values. By default a single integer primary key
     * autoincrements, as in SQLAlchemy.
     */
    public Column<T> autoincrement(boolean generated) {
        return new Column<>(name, type, primaryKey, nullable, unique, index, generated, serverDefault, foreignKey, null);
    }

    /** A DEFAULT clause, as SQL text (e.g. {@code "CURRENT_TIMESTAMP"}, {@code "0"}). */
    public Column<T> serverDefault(String sql) {
        return new Column<>(name, type, primaryKey, nullable, unique, index, autoincrement, sql, foreignKey, null);
    }

    /** A foreign key to {@code "table.column"}. */
    public Column<T> foreignKey(String target) {
        return foreignKey(ForeignKeySpec.parse(target));
    }

    /** A foreign key with ON DELETE / ON UPDATE actions. */
    public Column<T> foreignKey(String target, ReferentialAction onDelete, ReferentialAction onUpdate) {
        ForeignKeySpec spec = ForeignKeySpec.parse(target);
        return foreignKey(new ForeignKeySpec(spec.table(), spec.column(), onDelete, onUpdate));
    }

    /** A foreign key as a spec. */
    public Column<T> foreignKey(ForeignKeySpec spec) {
        return new Column<>(name, type, primaryKey, nullable, unique, index, autoincrement, serverDefault, spec, null);
    }

    /** This column's definition bound to {@code owner}; called by {@link Table}. */
    Column<T> bindTo(Table owner) {
        return new Column<>(name, type, primaryKey, nullable, unique, index, autoincrement, serverDefault, foreignKey, owner);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    /** True when the column is (part of) the primary key. */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** True when the column takes NULL. */
    public boolean isNullable() {
        return nullable;
    }

    /** True when the column has a UNIQUE constraint of its own. */
    public boolean isUnique() {
        return unique;
    }

    /** True when the column has an index of its own. */
    public boolean isIndexed() {
        return index;
    }

    /** The explicit autoincrement setting, or null for the default rule. */
    public @Nullable Boolean autoincrementSetting() {
        return autoincrement;
    }

    /** The server default as SQL text ({@code DEFAULT ...} in the DDL), or null when there is none. */
    public @Nullable String serverDefault() {
        return serverDefault;
    }

    /** The foreign key the column declares, or null when it declares none. */
    public @Nullable ForeignKeySpec foreignKeySpec() {
        return foreignKey;
    }

    /** The table this column belongs to, or null before it is placed in one. */
    public @Nullable Table table() {
        return table;
    }

    @Override
    public @Nullable FromClause from() {
        return table;
    }

    /** A column renders the same SQL wherever it appears, so it is part of a statement's shape by identity, which also names its table. */
    @Override
    protected ClauseElement cacheIdentity() {
        return this;
    }
}
