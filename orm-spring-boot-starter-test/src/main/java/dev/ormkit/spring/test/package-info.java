/** Test support for applications on ormkit's Spring Boot starter: the {@link dev.ormkit.spring.test.OrmTest} slice. */
@NullMarked
package dev.ormkit.spring.test;

import org.jspecify.annotations.NullMarked;
