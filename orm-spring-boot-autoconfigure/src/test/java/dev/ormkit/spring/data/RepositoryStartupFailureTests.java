package dev.ormkit.spring.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.data.broken.near.NearRepository;
import dev.ormkit.spring.data.broken.unknown.UnknownPropertyRepository;
import dev.ormkit.spring.data.config.EnableOrmRepositories;
import dev.ormkit.spring.data.it.Writer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Repository methods that cannot run fail when the context starts, saying why. */
class RepositoryStartupFailureTests {

    private final ApplicationContextRunner runner = RepositoryStartups.runner();

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Writer.class)
    @EnableOrmRepositories(basePackageClasses = UnknownPropertyRepository.class)
    static class UnknownProperty {
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Writer.class)
    @EnableOrmRepositories(basePackageClasses = NearRepository.class)
    static class Near {
    }

    @Test
    void anUnknownPropertyFailsWithSpringDatasMessage() {
        runner.withUserConfiguration(UnknownProperty.class).run(context -> {
            assertThat(context).hasFailed();
            String message = RepositoryStartups.rootMessage(context.getStartupFailure());
            assertThat(message).contains("No property 'nickname' found for type 'Writer'");
            assertThat(context.getStartupFailure()).hasMessageContaining("unknownPropertyRepository");
        });
    }

    @Test
    void nearFailsNamingTheMethodAndTheKeyword() {
        runner.withUserConfiguration(Near.class).run(context -> {
            assertThat(context).hasFailed();
            String message = RepositoryStartups.rootMessage(context.getStartupFailure());
            assertThat(message).contains("NearRepository.findByRatingNear").contains("NEAR")
                    .contains("not supported by ormkit repositories");
        });
    }
}
