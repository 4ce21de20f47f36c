@NullMarked
package dev.ormkit.dialect.h2;

import org.jspecify.annotations.NullMarked;
