package dev.ormkit.spring.boot.autoconfigure;

import java.lang.annotation.Annotation;
import dev.ormkit.spring.data.config.EnableOrmRepositories;
import dev.ormkit.spring.data.config.OrmRepositoryConfigExtension;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Spring Data's repository bootstrap over the application's auto-configuration packages, as
 * Boot runs it for every store; {@link OrmRepositoriesRegistrar} calls it once it has found a
 * repository interface there.
 */
class AutoConfiguredOrmRepositories extends AbstractRepositoryConfigurationSourceSupport {

    @Override
    protected Class<? extends Annotation> getAnnotation() {
        return EnableOrmRepositories.class;
    }

    @Override
    protected Class<?> getConfiguration() {
        return EnableOrmRepositoriesConfiguration.class;
    }

    @Override
    protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
        return new OrmRepositoryConfigExtension();
    }

    /** The annotation's defaults; the packages come from {@code AutoConfigurationPackages}. */
    @EnableOrmRepositories
    private static final class EnableOrmRepositoriesConfiguration {
    }
}
