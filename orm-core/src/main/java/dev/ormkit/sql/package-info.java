/**
 * The expression language: statements and expressions built from the static entry points in
 * {@link dev.ormkit.sql.Sql}, run through a connection or a session.
 *
 * <p>Besides what applications call, the package holds the dialect author's side:
 * {@link dev.ormkit.sql.SqlDialect} (what a database answers), {@link dev.ormkit.sql.SqlCompiler}
 * (what a dialect renders with) and {@link dev.ormkit.sql.CollectionBinding}; and the engine's
 * one way into the statement cache, {@link dev.ormkit.sql.CompiledStatements}. They live here,
 * not in a package of their own, because every node renders itself through the compiler
 * ({@link dev.ormkit.sql.ClauseElement#compileTo}) and the compiler names every node: apart,
 * the two packages would depend on each other. The cache itself, its keys and the compiler's
 * visit methods are package-private.
 */
@NullMarked
package dev.ormkit.sql;

import org.jspecify.annotations.NullMarked;
