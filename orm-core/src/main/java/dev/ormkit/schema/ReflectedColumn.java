package dev.ormkit.schema;

import dev.ormkit.sql.TypeKind;
import dev.ormkit.sql.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A column as the database reports it.
 *
 * @param name          the column name, in ormkit's form (see {@link dev.ormkit.dialect.Dialect#normalizeName})
 * @param typeName      the type as the database names it ({@code int4}, {@code VARCHAR(50)}, ...)
 * @param type          the type mapped back to a generic {@link SqlType}; {@link TypeKind#CUSTOM} when it has no generic form
 * @param nullable      whether NULL is allowed
 * @param defaultValue  the server default as SQL text, or null
 * @param autoincrement whether the database generates the column's values (identity, serial,
 *                      AUTO_INCREMENT, SQLite's rowid alias)
 */
public record ReflectedColumn(String name, String typeName, SqlType<?> type, boolean nullable,
                              @Nullable String defaultValue, boolean autoincrement) {
}
