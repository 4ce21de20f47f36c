package dev.ormkit.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.ormkit.orm.NPlusOneMode;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Imports ormkit's auto-configuration into a test (listed in
 * {@code META-INF/spring/dev.ormkit.spring.test.AutoConfigureOrm.imports}); part of
 * {@link OrmTest}, usable alone with other slices.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("orm.n-plus-one")
public @interface AutoConfigureOrm {

    /** N+1 detection in the test ({@code orm.n-plus-one.mode}); {@code RAISE} by default. */
    @PropertyMapping("mode")
    NPlusOneMode nPlusOne() default NPlusOneMode.RAISE;
}
