@NullMarked
package dev.ormkit.dialect.postgresql;

import org.jspecify.annotations.NullMarked;
