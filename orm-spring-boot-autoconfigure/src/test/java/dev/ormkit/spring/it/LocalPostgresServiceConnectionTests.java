package dev.ormkit.spring.it;

import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The same test body on the local PostgreSQL: the {@link JdbcConnectionDetails} bean is what
 * {@code @ServiceConnection} registers for a container, so the pool is built the same way.
 */
@Import(LocalPostgresServiceConnectionTests.LocalServer.class)
class LocalPostgresServiceConnectionTests extends ServiceConnectionBody {

    @BeforeAll
    static void available() {
        SpringDatabases.assumeAvailable(DatabaseKind.POSTGRESQL);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LocalServer {
        @Bean
        JdbcConnectionDetails localPostgres() {
            DatabaseUrl url = SpringDatabases.database(DatabaseKind.POSTGRESQL);
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return url.username();
                }

                @Override
                public String getPassword() {
                    return url.password() == null ? "" : url.password();
                }

                @Override
                public String getJdbcUrl() {
                    return url.jdbcUrl();
                }
            };
        }
    }
}
