package dev.ormkit.spring.data.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import dev.ormkit.mapping.Table;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.OrmRepositoryFactoryBean;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;

/**
 * ormkit's part of Spring Data's repository configuration: which interfaces are ormkit's
 * (those extending {@link OrmRepository}, or over a {@code @Table} class when several stores
 * are present) and the factory bean making them.
 */
public class OrmRepositoryConfigExtension extends RepositoryConfigurationExtensionSupport {

    @Override
    public String getModuleName() {
        return "ormkit";
    }

    @Override
    protected String getModulePrefix() {
        return "orm";
    }

    @Override
    public String getRepositoryFactoryBeanClassName() {
        return OrmRepositoryFactoryBean.class.getName();
    }

    @Override
    protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
        return List.of(Table.class);
    }

    @Override
    protected Collection<Class<?>> getIdentifyingTypes() {
        return List.of(OrmRepository.class);
    }

    @Override
    public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
        String transactionManager = config.getAttributes().getString("transactionManagerRef");
        builder.addPropertyValue("transactionManager", transactionManager);
    }
}
