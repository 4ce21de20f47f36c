@NullMarked
package dev.ormkit.engine;

import org.jspecify.annotations.NullMarked;
