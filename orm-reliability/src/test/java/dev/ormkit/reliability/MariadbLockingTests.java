package dev.ormkit.reliability;

import dev.ormkit.reliability.support.Server;
import dev.ormkit.reliability.support.ServerInitializer;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = ServerInitializer.OnMariadb.class)
class MariadbLockingTests extends LockingBehaviour {

    @BeforeAll
    static void available() {
        Server.MARIADB.assumeAvailable();
    }

    @Override
    protected Server server() {
        return Server.MARIADB;
    }
}
