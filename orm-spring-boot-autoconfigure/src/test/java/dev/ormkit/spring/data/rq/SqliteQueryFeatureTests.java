package dev.ormkit.spring.data.rq;

import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteQueryFeatureTests extends QueryFeatureBehaviour {

    @BeforeAll
    static void available() {
        SpringDatabases.assumeAvailable(DatabaseKind.SQLITE);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        datasource(registry, DatabaseKind.SQLITE);
    }
}
