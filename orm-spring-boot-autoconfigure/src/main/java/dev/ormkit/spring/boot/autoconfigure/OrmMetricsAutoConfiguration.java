package dev.ormkit.spring.boot.autoconfigure;

import dev.ormkit.engine.Engine;
import dev.ormkit.spring.metrics.OrmSessionMetrics;
import dev.ormkit.spring.metrics.QueryTimerListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meters of the application's engines on its {@link MeterRegistry}: {@code orm.nplusone},
 * {@code orm.lazy.loads} and {@code orm.session.flushes} always; {@code orm.queries} as a
 * plain timer only where no {@code ObservationRegistry} exists (where one does, the timer
 * comes from the observation, and registering both would give one name two tag sets).
 */
@AutoConfiguration(afterName = {OrmAutoConfigurationNames.ORM,
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, Engine.class})
@ConditionalOnBean({Engine.class, MeterRegistry.class})
public final class OrmMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OrmSessionMetrics ormSessionMetrics(MeterRegistry registry) {
        return new OrmSessionMetrics(registry);
    }

    @Bean
    EngineListenerRegistration ormSessionMetricsRegistration(ObjectProvider<Engine> engines, OrmSessionMetrics metrics) {
        return EngineListenerRegistration.orm(engines, metrics);
    }

    /** {@code orm.queries} without observations. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(type = "io.micrometer.observation.ObservationRegistry")
    static final class QueryTimerConfiguration {

        @Bean
        @ConditionalOnMissingBean
        QueryTimerListener ormQueryTimerListener(MeterRegistry registry) {
            return new QueryTimerListener(registry);
        }

        @Bean
        EngineListenerRegistration ormQueryTimerRegistration(ObjectProvider<Engine> engines, QueryTimerListener listener) {
            return EngineListenerRegistration.statements(engines, listener);
        }
    }
}
