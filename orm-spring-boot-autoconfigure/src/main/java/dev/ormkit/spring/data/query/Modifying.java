package dev.ormkit.spring.data.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Query} as an INSERT, UPDATE or DELETE: the method returns the number of rows
 * it changed ({@code int}, {@code long} or {@code void}). The session is flushed first and
 * its objects expired afterwards, so none keeps a value the statement changed.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Modifying {
}
