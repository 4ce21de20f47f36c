package dev.ormkit.spring.data.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL a repository method runs, with {@code :name} parameters bound from the method's
 * parameters by name ({@code @Param} or the compiled parameter names). A SELECT returning the
 * columns of the repository's class gives its objects, through the session's identity map.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Query {

    /** The SQL statement. */
    String value();
}
