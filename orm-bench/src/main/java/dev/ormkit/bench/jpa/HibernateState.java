package dev.ormkit.bench.jpa;

import dev.ormkit.bench.support.BenchDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A Hibernate {@link SessionFactory} over the trial's pool, configured as Hibernate's user
 * guide advises for batch work: JDBC batching of 50 statements, inserts and updates ordered
 * so that batches are not broken up, sequence ids with the pooled optimizer (see
 * {@link JpaPost}). Schema management is off: the tables are {@code BenchSchema}'s. No
 * second-level cache and no statistics, both Hibernate's defaults.
 */
@State(Scope.Benchmark)
public class HibernateState {
    /** Hibernate's JDBC batch size; its guide suggests 10 to 50. */
    public static final int JDBC_BATCH_SIZE = 50;

    private @Nullable SessionFactory sessionFactory;

    /** Boots Hibernate; runs after {@link BenchDatabase#start()}. */
    @Setup(Level.Trial)
    public void start(BenchDatabase db) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource())
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none")
                .build();
        try {
            sessionFactory = new MetadataSources(registry)
                    .addAnnotatedClasses(JpaUser.class, JpaPost.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Closes the session factory. */
    @TearDown(Level.Trial)
    public void stop() {
        if (sessionFactory != null) {
            sessionFactory.close();
            sessionFactory = null;
        }
    }

    /** The session factory. */
    public SessionFactory sessions() {
        if (sessionFactory == null) {
            throw new IllegalStateException("HibernateState.start() has not run");
        }
        return sessionFactory;
    }
}
