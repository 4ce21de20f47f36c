/**
 * The benchmarks' model as plain classes enhanced by the build (Byte Buddy's Maven plugin
 * running ormkit's {@code StateFieldPlugin}): the third way, after plain classes and
 * subclasses of {@code Base}, for a session to find an object's state.
 */
@NullMarked
package dev.ormkit.bench.enhanced;

import org.jspecify.annotations.NullMarked;
