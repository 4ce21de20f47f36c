package dev.ormkit.spring.data.optsbroken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.boot.autoconfigure.OrmAutoConfiguration;
import dev.ormkit.spring.boot.autoconfigure.OrmRepositoriesAutoConfiguration;
import dev.ormkit.spring.data.config.EnableOrmRepositories;
import dev.ormkit.spring.data.opts.RoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/** An unknown {@code @LoaderOptions} path fails when the context starts, naming the method and the path. */
class LoaderOptionsStartupTests {

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = RoUser.class)
    @EnableOrmRepositories(basePackageClasses = RoBadPathRepository.class)
    static class BadPath {
    }

    @Test
    void anUnknownPathFailsAtStartUp() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        OrmAutoConfiguration.class, OrmRepositoriesAutoConfiguration.class))
                .withPropertyValues("spring.datasource.generate-unique-name=true", "orm.ddl-auto=create")
                .withUserConfiguration(BadPath.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    String message = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()).getMessage();
                    assertThat(message).contains("RoBadPathRepository.findByActiveTrue").contains("'posts.replies'")
                            .contains("'replies' is not a relationship of RoPost").contains("comments");
                });
    }
}
