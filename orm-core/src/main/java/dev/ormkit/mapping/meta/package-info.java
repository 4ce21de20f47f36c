/**
 * The typed metamodel: the constants of the generated {@code User_} classes. Each column
 * constant is an {@link dev.ormkit.sql.Expression} that stands for the mapped table's column
 * ({@code User_.username.eq("alice")} renders {@code users.username = ?}); each relation
 * constant names a relationship for joins and loader options.
 */
@NullMarked
package dev.ormkit.mapping.meta;

import org.jspecify.annotations.NullMarked;
