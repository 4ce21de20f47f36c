package dev.ormkit.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.boot.autoconfigure.OrmAutoConfiguration;
import dev.ormkit.spring.boot.autoconfigure.OrmRepositoriesAutoConfiguration;
import dev.ormkit.spring.data.defined.Memo;
import dev.ormkit.spring.data.defined.MemoRepository;
import dev.ormkit.spring.data.it.Writer;
import dev.ormkit.spring.data.it.WriterRepository;
import dev.ormkit.spring.it.model.Author;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.config.RepositoryRegistrationAotProcessor;

/** Repositories of the application's packages, and when the auto-configuration stays away. */
class OrmRepositoriesAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    OrmAutoConfiguration.class, OrmRepositoriesAutoConfiguration.class))
            .withInitializer(context -> AutoConfigurationPackages.register(
                    (BeanDefinitionRegistry) context.getBeanFactory(), Writer.class.getPackageName()))
            .withUserConfiguration(Entities.class)
            .withPropertyValues("spring.datasource.generate-unique-name=true", "orm.ddl-auto=create");

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Writer.class)
    static class Entities {
    }

    @Test
    void repositoriesOfTheApplicationPackagesAreBeans() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(WriterRepository.class);
            assertThat(context.getBean(WriterRepository.class).count()).isZero();
            assertThat(context.getBeanNamesForType(RepositoryRegistrationAotProcessor.class)).isNotEmpty();
        });
    }

    @Test
    void packagesWithoutRepositoryInterfacesSkipSpringDataRepositoryBootstrap() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        OrmAutoConfiguration.class, OrmRepositoriesAutoConfiguration.class))
                .withInitializer(context -> AutoConfigurationPackages.register(
                        (BeanDefinitionRegistry) context.getBeanFactory(), Author.class.getPackageName()))
                .withUserConfiguration(ModelEntities.class)
                .withPropertyValues("spring.datasource.generate-unique-name=true", "orm.ddl-auto=create")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SessionFactory.class);
                    // nothing of Spring Data's bootstrap: no factory beans, not even its AOT processor
                    assertThat(context.getBeanNamesForType(OrmRepositoryFactoryBean.class)).isEmpty();
                    assertThat(context.getBeanNamesForType(RepositoryRegistrationAotProcessor.class)).isEmpty();
                });
    }

    @Test
    void aRepositoryByAnnotationAloneIsFound() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        OrmAutoConfiguration.class, OrmRepositoriesAutoConfiguration.class))
                .withInitializer(context -> AutoConfigurationPackages.register(
                        (BeanDefinitionRegistry) context.getBeanFactory(), Memo.class.getPackageName()))
                .withUserConfiguration(MemoEntities.class)
                .withPropertyValues("spring.datasource.generate-unique-name=true", "orm.ddl-auto=create")
                .run(context -> {
                    assertThat(context).hasSingleBean(MemoRepository.class);
                    assertThat(context.getBean(MemoRepository.class).count()).isZero();
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Author.class)
    static class ModelEntities {
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Memo.class)
    static class MemoEntities {
    }

    @Test
    void offByProperty() {
        runner.withPropertyValues("spring.data.orm.repositories.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WriterRepository.class));
    }

    @Test
    void noSessionFactoryNoRepositories() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class, OrmRepositoriesAutoConfiguration.class))
                .withInitializer(context -> AutoConfigurationPackages.register(
                        (BeanDefinitionRegistry) context.getBeanFactory(), Writer.class.getPackageName()))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WriterRepository.class));
    }
}
