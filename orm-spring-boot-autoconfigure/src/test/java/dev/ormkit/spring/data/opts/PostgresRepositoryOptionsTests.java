package dev.ormkit.spring.data.opts;

import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresRepositoryOptionsTests extends RepositoryOptionsBehaviour {

    @BeforeAll
    static void available() {
        SpringDatabases.assumeAvailable(DatabaseKind.POSTGRESQL);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        datasource(registry, DatabaseKind.POSTGRESQL);
    }
}
