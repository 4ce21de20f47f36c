package dev.ormkit.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a benchmark method for the report. Methods of one {@link #group} do the same work
 * and are compared with the group's {@link #baseline} method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Variant {
    /** Who does the work. */
    Implementation value();

    /** The loading strategy or other sub-case the method belongs to; empty when the workload has one. */
    String group() default "";

    /** Whether this is the JDBC method the group's ratios are taken against. */
    boolean baseline() default false;

    /** How this implementation does it, in a few words, for the report. */
    String note() default "";
}
