package dev.ormkit.reliability;

import dev.ormkit.reliability.support.Server;
import dev.ormkit.reliability.support.ServerInitializer;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = ServerInitializer.OnPostgresql.class)
class PostgresqlLoadTests extends LoadBehaviour {

    @BeforeAll
    static void available() {
        Server.POSTGRESQL.assumeAvailable();
    }

    @Override
    protected Server server() {
        return Server.POSTGRESQL;
    }
}
