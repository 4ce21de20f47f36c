package dev.ormkit.spring.it;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A user's test as users write it: skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersServiceConnectionTests extends ServiceConnectionBody {

    @Container
    @ServiceConnection
    static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
}
