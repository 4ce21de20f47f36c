/**
 * Schema metadata and DDL: {@link dev.ormkit.schema.MetaData}, {@link dev.ormkit.schema.Table}
 * and {@link dev.ormkit.schema.Column} describe tables; {@link dev.ormkit.schema.Types} names the
 * SQL types; the DDL elements ({@code CreateTable}, {@code AddColumn}, ...) render through a
 * {@link dev.ormkit.schema.DdlDialect}; {@link dev.ormkit.schema.Inspector} reads a live
 * database's schema back.
 */
@NullMarked
package dev.ormkit.schema;

import org.jspecify.annotations.NullMarked;
