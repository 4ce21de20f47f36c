package dev.ormkit.reliability.support;

import dev.ormkit.engine.DatabaseUrl;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a server's {@code reliability} database. Test classes name one of
 * the two subclasses in {@code @ContextConfiguration(initializers = ...)}, so every class on
 * the same server shares one cached application context.
 */
public abstract class ServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private final Server server;

    ServerInitializer(Server server) {
        this.server = server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DatabaseUrl url = server.url();
        TestPropertyValues.of(
                "spring.datasource.url=" + url.jdbcUrl(),
                "spring.datasource.username=" + (url.username() == null ? "" : url.username()),
                "spring.datasource.password=" + (url.password() == null ? "" : url.password()),
                "spring.sql.init.platform=" + server.platform())
                .applyTo(context);
    }

    /** The application on PostgreSQL. */
    public static final class OnPostgresql extends ServerInitializer {
        /** Used by Spring's test context. */
        public OnPostgresql() {
            super(Server.POSTGRESQL);
        }
    }

    /** The application on MariaDB. */
    public static final class OnMariadb extends ServerInitializer {
        /** Used by Spring's test context. */
        public OnMariadb() {
            super(Server.MARIADB);
        }
    }
}
