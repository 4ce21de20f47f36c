package dev.ormkit.spring.data.config;

import java.lang.annotation.Annotation;
import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/** Registers the repositories {@link EnableOrmRepositories} asks for. */
class OrmRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

    @Override
    protected Class<? extends Annotation> getAnnotation() {
        return EnableOrmRepositories.class;
    }

    @Override
    protected RepositoryConfigurationExtension getExtension() {
        return new OrmRepositoryConfigExtension();
    }
}
