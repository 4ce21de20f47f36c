package dev.ormkit.spring.boot.autoconfigure;

import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.OrmRepositoryFactoryBean;
import dev.ormkit.spring.data.config.OrmRepositoryConfigExtension;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

/**
 * ormkit repositories in the application's packages (those of {@code @SpringBootApplication}),
 * as Boot does for every Spring Data store. Backs off when the application declares
 * {@code @EnableOrmRepositories} itself, when there is no ormkit {@link SessionFactory}, or with
 * {@code spring.data.orm.repositories.enabled=false}.
 */
@AutoConfiguration(after = OrmAutoConfiguration.class)
@ConditionalOnClass(OrmRepository.class)
@ConditionalOnBean(SessionFactory.class)
@ConditionalOnMissingBean({OrmRepositoryFactoryBean.class, OrmRepositoryConfigExtension.class})
@ConditionalOnBooleanProperty(name = "spring.data.orm.repositories.enabled", matchIfMissing = true)
@Import(OrmRepositoriesRegistrar.class)
public class OrmRepositoriesAutoConfiguration {
}
