@NullMarked
package dev.ormkit.sql;

import org.jspecify.annotations.NullMarked;
