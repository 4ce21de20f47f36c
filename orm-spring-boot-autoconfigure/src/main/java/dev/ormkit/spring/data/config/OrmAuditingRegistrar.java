package dev.ormkit.spring.data.config;

import java.lang.annotation.Annotation;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.data.auditing.AuditingHandler;
import org.springframework.data.auditing.config.AuditingBeanDefinitionRegistrarSupport;
import org.springframework.data.auditing.config.AuditingConfiguration;
import org.springframework.data.mapping.context.PersistentEntities;

/**
 * Registers what {@link EnableOrmAuditing} asks for: Spring Data's {@link AuditingHandler},
 * configured from the annotation by Spring Data's own support class, and the
 * {@link OrmAuditingListener} that calls it as flushes write objects. The handler gets no
 * mapping context (ormkit has its own mapping): Spring Data then reads the auditing
 * annotations of each class by reflection.
 */
class OrmAuditingRegistrar extends AuditingBeanDefinitionRegistrarSupport {
    static final String HANDLER_BEAN_NAME = "ormAuditingHandler";

    @Override
    protected Class<? extends Annotation> getAnnotation() {
        return EnableOrmAuditing.class;
    }

    @Override
    protected String getAuditingHandlerBeanName() {
        return HANDLER_BEAN_NAME;
    }

    @Override
    protected BeanDefinitionBuilder getAuditHandlerBeanDefinitionBuilder(AuditingConfiguration configuration) {
        BeanDefinitionBuilder handler = BeanDefinitionBuilder.rootBeanDefinition(AuditingHandler.class)
                .addConstructorArgValue(new PersistentEntities(List.of()));
        return configureDefaultAuditHandlerAttributes(configuration, handler);
    }

    @Override
    protected void registerAuditListenerBeanDefinition(BeanDefinition auditingHandler, BeanDefinitionRegistry registry) {
        BeanDefinitionBuilder listener = BeanDefinitionBuilder.rootBeanDefinition(OrmAuditingListener.class)
                .addConstructorArgReference(HANDLER_BEAN_NAME);
        registerInfrastructureBeanWithId(listener.getBeanDefinition(), OrmAuditingListener.class.getName(), registry);
    }
}
