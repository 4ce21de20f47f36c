package dev.ormkit.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The column of the root table that names each row's class ({@link DiscriminatorValue}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DiscriminatorColumn {
    /** The column name. */
    String value() default "type";

    /** Its VARCHAR length. */
    int length() default 50;
}
