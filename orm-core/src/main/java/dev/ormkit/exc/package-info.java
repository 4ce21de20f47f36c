@NullMarked
package dev.ormkit.exc;

import org.jspecify.annotations.NullMarked;
