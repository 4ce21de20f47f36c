package dev.ormkit.spring.boot.autoconfigure;

import dev.ormkit.engine.Engine;
import dev.ormkit.spring.observation.OrmQueryObservationConvention;
import dev.ormkit.spring.observation.QueryObservationListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@code orm.queries} Observations: one per statement of every {@link Engine} bean, on the
 * application's {@link ObservationRegistry}. Its handlers make of each a span (the SQL as
 * {@code db.query.text}) and a timer (tags {@code statement}, {@code outcome}); its
 * {@code GlobalObservationConvention} beans rename them, and
 * {@code management.observations.enable.orm=false} turns them off. An
 * {@link OrmQueryObservationConvention} bean replaces ormkit's convention for these alone.
 */
@AutoConfiguration(afterName = {OrmAutoConfigurationNames.ORM,
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass({ObservationRegistry.class, Engine.class})
@ConditionalOnBean({Engine.class, ObservationRegistry.class})
public final class OrmObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    QueryObservationListener ormQueryObservationListener(ObservationRegistry registry,
                                                         ObjectProvider<OrmQueryObservationConvention> convention) {
        return new QueryObservationListener(registry, convention.getIfUnique());
    }

    @Bean
    EngineListenerRegistration ormQueryObservationRegistration(ObjectProvider<Engine> engines,
                                                               QueryObservationListener listener) {
        return EngineListenerRegistration.statements(engines, listener);
    }
}
