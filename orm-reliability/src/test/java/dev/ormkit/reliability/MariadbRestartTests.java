package dev.ormkit.reliability;

import dev.ormkit.reliability.support.Server;
import dev.ormkit.reliability.support.ServerControl;
import dev.ormkit.reliability.support.ServerInitializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ContextConfiguration;

@EnabledIfSystemProperty(named = ServerControl.ENABLED, matches = "true", disabledReason = RestartBehaviour.SKIPPED)
@ContextConfiguration(initializers = ServerInitializer.OnMariadb.class)
class MariadbRestartTests extends RestartBehaviour {

    @BeforeAll
    static void available() {
        Server.MARIADB.assumeAvailable();
        new ServerControl(Server.MARIADB).assumeRestartable();
    }

    @Override
    protected Server server() {
        return Server.MARIADB;
    }
}
