/** jOOQ's view of the benchmark tables, as plain table and field references (no code generation), and its state. */
@NullMarked
package dev.ormkit.bench.jooq;

import org.jspecify.annotations.NullMarked;
