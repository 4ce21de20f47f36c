package dev.ormkit.demo;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The Conduit API on an in-memory H2 database, schema from the migrations, sample data seeded. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:conduit;DB_CLOSE_DELAY=-1",
        "management.prometheus.metrics.export.enabled=true", "demo.bcrypt-strength=4"})
class H2ConduitApiTests extends ConduitApiContract {
}
