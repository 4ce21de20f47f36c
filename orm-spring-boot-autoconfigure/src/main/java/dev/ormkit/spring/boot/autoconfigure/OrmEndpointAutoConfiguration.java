package dev.ormkit.spring.boot.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Engine;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.actuate.NPlusOneSites;
import dev.ormkit.spring.actuate.OrmEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code orm} Actuator endpoint, when Actuator is present and the application exposes
 * the endpoint (Boot's usual {@code management.endpoints.*} rules: only {@code health} is
 * exposed over the web by default). It also starts recording the N+1 sites the endpoint
 * lists, which costs nothing until a site is reported.
 */
@AutoConfiguration(afterName = OrmAutoConfigurationNames.ORM)
@ConditionalOnClass({Endpoint.class, SessionFactory.class})
@ConditionalOnBean(SessionFactory.class)
@ConditionalOnAvailableEndpoint(OrmEndpoint.class)
public final class OrmEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NPlusOneSites ormNPlusOneSites(Map<String, SessionFactory> sessionFactories) {
        List<Engine> engines = sessionFactories.values().stream().map(SessionFactory::engine).distinct().toList();
        return new NPlusOneSites(engines, Clock.systemUTC(), NPlusOneSites.DEFAULT_MAX_SITES);
    }

    @Bean
    @ConditionalOnMissingBean
    OrmEndpoint ormEndpoint(Map<String, SessionFactory> sessionFactories, NPlusOneSites sites) {
        return new OrmEndpoint(sessionFactories, sites);
    }
}
