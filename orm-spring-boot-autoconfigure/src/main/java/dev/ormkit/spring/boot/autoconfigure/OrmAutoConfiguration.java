package dev.ormkit.spring.boot.autoconfigure;

import java.util.List;
import javax.sql.DataSource;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.EngineOptions;
import dev.ormkit.migrate.Migrator;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.spring.boot.autoconfigure.OrmProperties.DdlAuto;
import dev.ormkit.spring.tx.OrmExceptionTranslator;
import dev.ormkit.spring.tx.OrmNestedTransactionListener;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.spring.tx.OrmTransactionManagerPostProcessor;
import dev.ormkit.spring.tx.SpringConnectionProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.util.ClassUtils;

/**
 * ormkit over the application's {@link DataSource}: an {@link Engine}, the {@link MetaData}
 * of the {@code @Table} classes in the application's packages (or {@code @EntityScan}'s), the
 * {@link SessionFactory}, and the injectable {@link Session} of the current transaction or
 * web request. Spring's own transaction manager drives the sessions; ormkit brings none.
 * Every bean backs off when the application defines its own; without a single
 * {@code DataSource} (a {@code @WebMvcTest}, say) nothing here applies.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass({SessionFactory.class, ConfigurableTransactionManager.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(OrmProperties.class)
public class OrmAutoConfiguration {

    /** An engine over the application's pool; the dialect is read from the database. */
    @Bean
    @ConditionalOnMissingBean
    public Engine ormEngine(DataSource dataSource, OrmProperties properties) {
        return Engine.of(dataSource, EngineOptions.defaults().echo(properties.isEcho()));
    }

    @Bean
    @ConditionalOnMissingBean
    public MetaData ormMetaData(ApplicationContext context) {
        return MetaData.of(MappedClassScanner.scan(context).toArray(Class<?>[]::new));
    }

    @Bean
    @ConditionalOnMissingBean
    public OrmSchemaInitializer ormSchemaInitializer(Engine engine, MetaData metadata, DataSource dataSource,
                                                     OrmProperties properties, ApplicationContext context) {
        if (properties.getMigrate().isEnabled()) {
            return new OrmSchemaInitializer(engine, metadata, migratedSchemaMode(properties, context));
        }
        return new OrmSchemaInitializer(engine, metadata,
                OrmSchemaInitializer.effectiveMode(properties.getDdlAuto(), dataSource, engine));
    }

    /**
     * With migrations on, they own the schema: they run first (upgrade head), and ddl-auto may
     * only validate what they made. By name, so this class never needs orm-migrate's classes.
     */
    private static DdlAuto migratedSchemaMode(OrmProperties properties, ApplicationContext context) {
        if (!ClassUtils.isPresent(MIGRATOR, context.getClassLoader())) {
            throw new IllegalStateException("orm.migrate.enabled=true, but orm-migrate is not on the class path:"
                    + " add the dependency dev.ormkit:orm-migrate, or remove orm.migrate.enabled");
        }
        DdlAuto configured = properties.getDdlAuto();
        if (configured == DdlAuto.CREATE || configured == DdlAuto.CREATE_DROP) {
            throw new IllegalStateException("orm.migrate.enabled=true together with orm.ddl-auto=" + configured
                    + ": the migrations own the schema, so ormkit must not create or drop tables too. Set"
                    + " orm.ddl-auto=validate (check the migrated schema against the mappings) or none");
        }
        context.getBean(MIGRATIONS_BEAN); // runs upgrade head now, before the schema is validated
        return configured == null ? DdlAuto.NONE : configured;
    }

    private static final String MIGRATOR = "dev.ormkit.migrate.Migrator";
    private static final String MIGRATIONS_BEAN = "ormMigrations";

    /** {@code orm.migrate.enabled=true}: orm-migrate's upgrade head at start-up. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = MIGRATOR)
    @ConditionalOnProperty(prefix = "orm.migrate", name = "enabled", havingValue = "true")
    static class MigrationConfiguration {
        @Bean(name = MIGRATIONS_BEAN)
        @ConditionalOnMissingBean
        OrmMigrations ormMigrations(Engine engine, OrmProperties properties, ApplicationContext context) {
            List<String> packages = properties.getMigrate().getPackages();
            if (packages.isEmpty()) {
                // as mapped classes are found: the application's own packages
                packages = AutoConfigurationPackages.has(context) ? AutoConfigurationPackages.get(context) : List.of();
            }
            if (packages.isEmpty()) {
                throw new IllegalStateException("orm.migrate.enabled=true but no migrations package is known: set"
                        + " orm.migrate.packages (the package of your @Revision classes)");
            }
            return new OrmMigrations(Migrator.builder(engine).packages(packages.toArray(String[]::new))
                    .classLoader(context.getClassLoader()).build());
        }
    }

    /** Built after the schema was created or validated, so start-up fails early on a mismatch. */
    @Bean
    @ConditionalOnMissingBean
    public SessionFactory ormSessionFactory(Engine engine, MetaData metadata, OrmProperties properties,
                                            ObjectProvider<OrmSchemaInitializer> schema,
                                            ObjectProvider<SessionFactoryBuilderCustomizer> customizers) {
        schema.getIfAvailable(); // made first: tables created or validated before mappings are used
        SessionFactory.Builder builder = SessionFactory.builder(engine)
                .metadata(metadata)
                .autoflush(properties.isAutoflush())
                .expireOnCommit(properties.isExpireOnCommit())
                .nPlusOne(properties.getNPlusOne().getMode(), properties.getNPlusOne().getThreshold())
                .lazyLoadBatchSize(properties.getLazyLoadBatchSize());
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    /** ormkit's exceptions as Spring's; also applied to {@code @Repository} beans by Boot. */
    @Bean
    @ConditionalOnMissingBean
    public OrmExceptionTranslator ormExceptionTranslator(DataSource dataSource) {
        return new OrmExceptionTranslator(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    public OrmSessionContext ormSessionContext(SessionFactory sessionFactory, DataSource dataSource,
                                               OrmExceptionTranslator translator) {
        return new OrmSessionContext(sessionFactory, new SpringConnectionProvider(dataSource), translator);
    }

    /**
     * The session of the current transaction, else of the current web request. Not closed with
     * the context: it is a proxy, the transaction or request ends the real session.
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public Session ormSession(OrmSessionContext context) {
        return context.sessionProxy();
    }

    @Bean
    @ConditionalOnMissingBean
    public OrmNestedTransactionListener ormNestedTransactionListener(OrmSessionContext context) {
        return new OrmNestedTransactionListener(context);
    }

    @Bean
    @ConditionalOnMissingBean
    public static OrmTransactionManagerPostProcessor ormTransactionManagerPostProcessor(
            ObjectProvider<OrmNestedTransactionListener> listener) {
        return new OrmTransactionManagerPostProcessor(listener);
    }

    @Bean
    @ConditionalOnMissingBean
    public OrmStartupReport ormStartupReport(SessionFactory sessionFactory, OrmProperties properties,
                                             ObjectProvider<OrmSchemaInitializer> schema,
                                             ApplicationContext context) {
        return new OrmStartupReport(sessionFactory, properties, schema, context);
    }
}
