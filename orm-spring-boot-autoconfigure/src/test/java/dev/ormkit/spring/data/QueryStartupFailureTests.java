package dev.ormkit.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.data.broken.rqempty.ToOneIsEmptyRepository;
import dev.ormkit.spring.data.broken.rqparameter.UnboundParameterRepository;
import dev.ormkit.spring.data.config.EnableOrmRepositories;
import dev.ormkit.spring.data.rq.RqAuthor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code @Query} parameters and relationship keywords that cannot work fail when the context starts, saying why. */
class QueryStartupFailureTests {

    private final ApplicationContextRunner runner = RepositoryStartups.runner();

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = RqAuthor.class)
    @EnableOrmRepositories(basePackageClasses = UnboundParameterRepository.class)
    static class UnboundParameter {
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = RqAuthor.class)
    @EnableOrmRepositories(basePackageClasses = ToOneIsEmptyRepository.class)
    static class ToOneIsEmpty {
    }


    @Test
    void aParameterMissingFromTheSqlFailsNamingItAndThePositionItCouldHave() {
        runner.withUserConfiguration(UnboundParameter.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(RepositoryStartups.rootMessage(context.getStartupFailure())).contains("UnboundParameterRepository.named")
                    .contains("parameter 'name'").contains(":name").contains("?1");
        });
    }

    @Test
    void isEmptyOnAToOneRelationshipFailsNamingIt() {
        runner.withUserConfiguration(ToOneIsEmpty.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(RepositoryStartups.rootMessage(context.getStartupFailure())).contains("ToOneIsEmptyRepository.findByAuthorIsEmpty")
                    .contains("collection relationship").contains("'author'");
        });
    }
}
