/**
 * Spring Boot auto-configuration of ormkit.
 */
@NullMarked
package dev.ormkit.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
