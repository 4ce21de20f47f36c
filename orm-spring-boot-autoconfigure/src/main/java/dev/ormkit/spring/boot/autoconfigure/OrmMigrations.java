package dev.ormkit.spring.boot.autoconfigure;

import java.util.List;
import dev.ormkit.migrate.Migrator;
import dev.ormkit.migrate.RevisionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs orm-migrate's {@code upgrade head} when the context starts, before the schema is
 * validated and the session factory is built ({@code orm.migrate.enabled=true}), as Boot runs
 * Flyway. A failed revision stops the start-up with orm-migrate's message, which says where the
 * version table stands.
 */
public class OrmMigrations implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(OrmMigrations.class);

    private final Migrator migrator;

    public OrmMigrations(Migrator migrator) {
        this.migrator = migrator;
    }

    /** The migrator over the application's engine and migrations packages. */
    public Migrator migrator() {
        return migrator;
    }

    @Override
    public void afterPropertiesSet() {
        List<RevisionInfo> pending = migrator.pending();
        if (pending.isEmpty()) {
            LOG.info("ormkit migrations: the database is at {}", migrator.current());
            return;
        }
        LOG.info("ormkit migrations: upgrading to head, {} revision(s) to apply", pending.size());
        migrator.upgrade("head");
        LOG.info("ormkit migrations: the database is at {}", migrator.current());
    }
}
