@NullMarked
package dev.ormkit.schema;

import org.jspecify.annotations.NullMarked;
