@NullMarked
package dev.ormkit.event;

import org.jspecify.annotations.NullMarked;
