package dev.ormkit.spring.data.optsbroken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.data.RepositoryStartups;
import dev.ormkit.spring.data.config.EnableOrmRepositories;
import dev.ormkit.spring.data.opts.RoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** An unknown {@code @LoaderOptions} path fails when the context starts, naming the method and the path. */
class LoaderOptionsStartupTests {

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = RoUser.class)
    @EnableOrmRepositories(basePackageClasses = RoBadPathRepository.class)
    static class BadPath {
    }

    @Test
    void anUnknownPathFailsAtStartUp() {
        RepositoryStartups.runner()
                .withUserConfiguration(BadPath.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    String message = RepositoryStartups.rootMessage(context.getStartupFailure());
                    assertThat(message).contains("RoBadPathRepository.findByActiveTrue").contains("'posts.replies'")
                            .contains("'replies' is not a relationship of RoPost").contains("comments");
                });
    }
}
