package dev.ormkit.spring.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** Leaves the application's components out of an {@link OrmTest} unless it includes them. */
final class OrmTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<OrmTest> {

    OrmTypeExcludeFilter(Class<?> testClass) {
        super(testClass);
    }
}
