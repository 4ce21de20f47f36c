package dev.ormkit.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes a benchmark class for the report: which workload it measures and ormkit's target. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Workload {
    /** The workload's number, its place in the report. */
    int number();

    /** A short title. */
    String title();

    /** What one operation does, for the report. */
    String description();

    /** The {@link Variant#group()}s of the workload, in report order. */
    String[] groups() default {""};

    /** The largest time ratio to the JDBC baseline that ormkit's ORM aims for. */
    double target();
}
