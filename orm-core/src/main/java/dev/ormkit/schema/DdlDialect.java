package dev.ormkit.schema;

import dev.ormkit.sql.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * What DDL rendering and catalog reading need to know of a database: type names, identity
 * columns, how constraints are altered, how names are stored. {@link DdlCompiler} lays out the
 * statements and asks this interface where databases differ; {@code dev.ormkit.dialect.Dialect}
 * implements it. Declared here so that the schema package depends on no dialect.
 */
public interface DdlDialect {

    /** The database's name in lower case ({@code "postgresql"}), for error messages. */
    String name();

    /** {@code identifier} quoted when it needs to be (reserved word, mixed case, odd characters). */
    String quoteIdentifier(String identifier);

    /** The DDL type name of {@code type} on this database. */
    String typeName(SqlType<?> type);

    /** The column type and identity clause of an autoincrement column. */
    String autoincrementColumnType(Column<?> column);

    /** True when the autoincrement column must carry the PRIMARY KEY inline (SQLite). */
    boolean inlinePrimaryKeyForAutoincrement();

    /** True when a foreign key can be added to or dropped from an existing table with {@code ALTER TABLE}. */
    boolean supportsAlterForeignKey();

    /** A statement that postpones foreign key checks to the end of the transaction; null where not needed. */
    @Nullable String deferForeignKeyChecksStatement();

    /** What follows {@code ALTER TABLE t} to drop a foreign key, before its name. */
    String dropForeignKeyClause();

    /** What follows {@code ALTER TABLE t} to drop a constraint of {@code kind} (its name already quoted). */
    String dropConstraintClause(ConstraintKind kind, String quotedName);

    /**
     * What follows {@code ALTER TABLE t} to make one change to a column.
     *
     * @param change       what changes
     * @param quotedColumn the column's name, quoted
     * @param columnSpec   the whole column as {@code CREATE TABLE} would write it after the change
     * @param column       the column after the change
     */
    String alterColumnClause(AlterColumn.Change change, String quotedColumn, String columnSpec, Column<?> column);

    /** {@code DROP INDEX} of an index (both names already quoted). */
    String dropIndexStatement(String quotedIndex, String quotedTable);

    /** Whether a column of {@code type} can be in an index, primary key or unique constraint as it is. */
    boolean canIndexWithoutLength(SqlType<?> type);

    /** The longest identifier the database keeps; generated constraint names are cut to fit. */
    int maxIdentifierLength();

    /** True when the database has a native UUID type. */
    boolean hasNativeUuid();

    /** How the database reports an unquoted name in its catalog, turned into ormkit's lower-case form. */
    String normalizeName(String catalogName);

    /** The name as the catalog stores it, the inverse of {@link #normalizeName}. */
    String denormalizeName(String name);

    /** How this database's schema is read back; see {@link Inspector}. */
    Reflector reflector();
}
