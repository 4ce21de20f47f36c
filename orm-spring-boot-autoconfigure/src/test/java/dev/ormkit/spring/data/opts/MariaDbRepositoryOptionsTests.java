package dev.ormkit.spring.data.opts;

import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MariaDbRepositoryOptionsTests extends RepositoryOptionsBehaviour {

    @BeforeAll
    static void available() {
        SpringDatabases.assumeAvailable(DatabaseKind.MARIADB);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        datasource(registry, DatabaseKind.MARIADB);
    }
}
