package dev.ormkit.demo;

import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.DemoDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Conduit API on MariaDB, in the database {@code demo} made afresh; skipped when the server is down. */
@ExtendWith(DemoDatabases.MariaDbAvailable.class)
@ActiveProfiles("mariadb")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"management.prometheus.metrics.export.enabled=true", "demo.bcrypt-strength=4"})
class MariaDbConduitApiTests extends ConduitApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DatabaseUrl url = DemoDatabases.freshDemo(DatabaseKind.MARIADB);
        registry.add("spring.datasource.url", url::jdbcUrl);
        registry.add("spring.datasource.username", () -> url.username() == null ? "root" : url.username());
        registry.add("spring.datasource.password", () -> url.password() == null ? "" : url.password());
    }
}
