/** Spring Boot auto-configuration of ormkit and its {@code orm.*} properties. */
@NullMarked
package dev.ormkit.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
