package dev.ormkit.spring.data.opts;

import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2RepositoryOptionsTests extends RepositoryOptionsBehaviour {

    @BeforeAll
    static void available() {
        SpringDatabases.assumeAvailable(DatabaseKind.H2);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        datasource(registry, DatabaseKind.H2);
    }
}
