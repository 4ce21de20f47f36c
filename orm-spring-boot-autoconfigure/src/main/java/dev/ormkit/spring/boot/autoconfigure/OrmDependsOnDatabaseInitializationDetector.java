package dev.ormkit.spring.boot.autoconfigure;

import java.util.Set;
import dev.ormkit.orm.SessionFactory;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The session factory waits for the database initializers (Flyway, Liquibase, schema.sql),
 * as jOOQ's DSLContext does, so {@code orm.ddl-auto=validate} sees the migrated schema.
 */
class OrmDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(SessionFactory.class, OrmSchemaInitializer.class);
    }
}
