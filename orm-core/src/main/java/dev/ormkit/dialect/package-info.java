@NullMarked
package dev.ormkit.dialect;

import org.jspecify.annotations.NullMarked;
