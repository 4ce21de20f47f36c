package dev.ormkit.spring.boot.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Engine;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.actuate.NPlusOneSites;
import dev.ormkit.spring.actuate.OrmEndpoint;
import dev.ormkit.spring.actuate.OrmMigrationsEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code orm} Actuator endpoint, when Actuator is present and the application exposes
 * the endpoint (Boot's usual {@code management.endpoints.*} rules: only {@code health} is
 * exposed over the web by default). It also starts recording the N+1 sites the endpoint
 * lists, which costs nothing until a site is reported.
 */
@AutoConfiguration(afterName = OrmAutoConfigurationNames.ORM)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
        "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"})
@ConditionalOnBean(SessionFactory.class)
public final class OrmEndpointAutoConfiguration {

    /**
     * Nested so that the endpoint condition's class is loaded only once Actuator is known to
     * be present, even where no auto-configuration metadata filtered this class out first.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(OrmEndpoint.class)
    static final class EndpointConfiguration {

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

    /** Where orm-migrate's revisions stand, when migrations run at start-up ({@code orm.migrate.enabled}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.ormkit.migrate.Migrator")
    @ConditionalOnBean(OrmMigrations.class)
    @ConditionalOnAvailableEndpoint(OrmMigrationsEndpoint.class)
    static final class MigrationsEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        OrmMigrationsEndpoint ormMigrationsEndpoint(OrmMigrations migrations) {
            return new OrmMigrationsEndpoint(migrations.migrator());
        }
    }
}
