/**
 * The {@code orm} Actuator endpoint and the N+1 site log it reads.
 */
@NullMarked
package dev.ormkit.spring.actuate;

import org.jspecify.annotations.NullMarked;
