package dev.ormkit.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A superclass whose fields are columns of each mapped subclass's own table (shared
 * {@code id}, {@code createdAt}, ...). It has no table of its own. Superclasses without this
 * annotation (and without {@code @Table}) contribute no columns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MappedSuperclass {
}
