@NullMarked
package dev.ormkit.dialect.sqlite;

import org.jspecify.annotations.NullMarked;
