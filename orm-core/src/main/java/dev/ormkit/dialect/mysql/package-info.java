@NullMarked
package dev.ormkit.dialect.mysql;

import org.jspecify.annotations.NullMarked;
