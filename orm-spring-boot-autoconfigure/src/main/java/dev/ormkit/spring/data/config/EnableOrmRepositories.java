package dev.ormkit.spring.data.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.ormkit.spring.data.OrmRepositoryFactoryBean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;

/**
 * Finds ormkit repository interfaces in the given packages (by default the annotated class's).
 * Spring Boot does this for the application's packages on its own; the annotation is for
 * other packages, and switches that off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(OrmRepositoriesRegistrar.class)
public @interface EnableOrmRepositories {

    /** Alias for {@link #basePackages()}. */
    String[] value() default {};

    /** Packages to scan for repository interfaces. */
    String[] basePackages() default {};

    /** Packages of these classes are scanned. */
    Class<?>[] basePackageClasses() default {};

    Filter[] includeFilters() default {};

    Filter[] excludeFilters() default {};

    /** The suffix of custom fragment implementations. */
    String repositoryImplementationPostfix() default "Impl";

    String namedQueriesLocation() default "";

    QueryLookupStrategy.Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

    Class<?> repositoryFactoryBeanClass() default OrmRepositoryFactoryBean.class;

    Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

    /** Whether nested repository interfaces are found too. */
    boolean considerNestedRepositories() default false;

    String transactionManagerRef() default "transactionManager";

    BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;

    char escapeCharacter() default '\\';
}
