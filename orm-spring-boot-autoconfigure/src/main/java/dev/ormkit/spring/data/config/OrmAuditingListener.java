package dev.ormkit.spring.data.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.MapperListener;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.auditing.AuditingHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.domain.Auditable;
import org.springframework.util.ReflectionUtils;

/**
 * Marks objects audited as the application's engines' flushes write them:
 * {@link AuditingHandler#markCreated} before an INSERT, {@link AuditingHandler#markModified}
 * before an UPDATE. Classes without auditing fields are recognised once and skipped, so the
 * {@code AuditorAware} is asked only for objects that record it. Listens from the moment the
 * context's singletons are ready until it closes (an engine can outlive the context).
 */
final class OrmAuditingListener implements MapperListener, BeanFactoryAware, SmartInitializingSingleton, DisposableBean {
    private final AuditingHandler handler;
    private final Map<Class<?>, Boolean> auditable = new ConcurrentHashMap<>();
    private final List<Engine> engines = new ArrayList<>();
    private BeanFactory beanFactory;

    OrmAuditingListener(AuditingHandler handler) {
        this.handler = handler;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        beanFactory.getBeanProvider(Engine.class).orderedStream().distinct().forEach(engine -> {
            engine.events().addMapperListener(this);
            engines.add(engine);
        });
    }

    @Override
    public void destroy() {
        engines.forEach(engine -> engine.events().removeMapperListener(this));
        engines.clear();
    }

    private static final List<Class<? extends Annotation>> MARKS = List.of(CreatedDate.class, CreatedBy.class,
            LastModifiedDate.class, LastModifiedBy.class);

    private boolean isAuditable(Object object) {
        return auditable.computeIfAbsent(object.getClass(), type -> Auditable.class.isAssignableFrom(type)
                || hasAuditingField(type));
    }

    /** Whether a field of {@code type} carries one of the four annotations, which Spring Data then fills by reflection. */
    private static boolean hasAuditingField(Class<?> type) {
        boolean[] found = {false};
        ReflectionUtils.doWithFields(type, (Field f) -> found[0] = true,
                f -> MARKS.stream().anyMatch(a -> AnnotatedElementUtils.hasAnnotation(f, a)));
        return found[0];
    }

    @Override
    public void beforeInsert(Object object) {
        if (isAuditable(object)) {
            handler.markCreated(object);
        }
    }

    @Override
    public void beforeUpdate(Object object) {
        if (isAuditable(object)) {
            handler.markModified(object);
        }
    }
}
