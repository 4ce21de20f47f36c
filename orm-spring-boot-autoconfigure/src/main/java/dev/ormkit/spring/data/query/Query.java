package dev.ormkit.spring.data.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL a repository method runs, with {@code :name} parameters bound from the method's
 * parameters by name ({@code @Param} or the compiled parameter names), or {@code ?1}, {@code ?2}
 * bound by position; a collection or array argument expands ({@code id IN :ids}). A SELECT
 * returning the columns of the repository's class gives its objects, through the session's
 * identity map; other return types get projections (columns matched to properties by name) or
 * the first column's values. A method returning a {@code Page} or {@code Slice}, or taking a
 * {@code Sort}, gets ORDER BY and LIMIT/OFFSET appended to the SQL; a page's total comes from
 * {@link #countQuery()}, or when that is empty from {@code SELECT count(*) FROM (<the SQL>)}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Query {

    /** The SQL statement. */
    String value();

    /**
     * The SQL counting the rows of {@link #value()} for a {@code Page} result, with the same
     * parameters (it may use fewer); empty to count by wrapping {@link #value()}.
     */
    String countQuery() default "";
}
