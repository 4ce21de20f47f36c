package dev.ormkit.spring.boot.autoconfigure;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanNameGenerator;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.RepositoryDefinition;

/**
 * Registers the repositories of the application's auto-configuration packages: runs Spring
 * Data's repository bootstrap ({@link AutoConfiguredOrmRepositories}) when those packages
 * declare a repository interface, and nothing when they declare none. That bootstrap loads
 * about a hundred classes of Spring Data's configuration support and registers an AOT processor
 * even when it finds no interface; an application that uses ormkit through sessions alone
 * should not pay for it. The check accepts what Spring Data would: interfaces extending
 * {@link Repository} or annotated {@link RepositoryDefinition}, except {@link NoRepositoryBean}s.
 */
class OrmRepositoriesRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware, ResourceLoaderAware,
        EnvironmentAware {
    private static final Logger LOG = LoggerFactory.getLogger(OrmRepositoriesRegistrar.class);

    private BeanFactory beanFactory;
    private ResourceLoader resourceLoader;
    private Environment environment;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry,
                                        BeanNameGenerator generator) {
        // without known packages Spring Data's bootstrap runs, and reports that as it always has
        if (AutoConfigurationPackages.has(beanFactory)) {
            List<String> packages = AutoConfigurationPackages.get(beanFactory);
            if (!declaresRepository(packages)) {
                LOG.debug("No repository interface in {}: Spring Data's repository bootstrap skipped", packages);
                return;
            }
        }
        AutoConfiguredOrmRepositories repositories = new AutoConfiguredOrmRepositories();
        repositories.setBeanFactory(beanFactory);
        repositories.setResourceLoader(resourceLoader);
        repositories.setEnvironment(environment);
        repositories.registerBeanDefinitions(metadata, registry, generator);
    }

    private boolean declaresRepository(List<String> packages) {
        RepositoryInterfaceScanner scanner = new RepositoryInterfaceScanner(environment);
        scanner.setResourceLoader(resourceLoader);
        return packages.stream().anyMatch(p -> !scanner.findCandidateComponents(p).isEmpty());
    }

    /** Interfaces only, which a component scan passes over. */
    private static final class RepositoryInterfaceScanner extends ClassPathScanningCandidateComponentProvider {
        RepositoryInterfaceScanner(Environment environment) {
            super(false, environment);
            addIncludeFilter(new AssignableTypeFilter(Repository.class));
            addIncludeFilter(new AnnotationTypeFilter(RepositoryDefinition.class, true, true));
            addExcludeFilter(new AnnotationTypeFilter(NoRepositoryBean.class));
        }

        @Override
        protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isInterface();
        }
    }
}
