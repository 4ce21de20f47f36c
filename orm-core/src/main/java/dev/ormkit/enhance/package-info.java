/**
 * Optional build-time enhancement of mapped classes: {@link dev.ormkit.enhance.StateFieldPlugin}
 * gives each {@code @Table} class a field for its objects' session state
 * ({@link dev.ormkit.orm.StateCarrier}). Mapped classes work without it.
 */
@NullMarked
package dev.ormkit.enhance;

import org.jspecify.annotations.NullMarked;
