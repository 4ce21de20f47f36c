package dev.ormkit.spring.boot.autoconfigure;

import javax.sql.DataSource;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.EngineOptions;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.spring.tx.OrmExceptionTranslator;
import dev.ormkit.spring.tx.OrmNestedTransactionListener;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.spring.tx.OrmTransactionManagerPostProcessor;
import dev.ormkit.spring.tx.SpringConnectionProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.ConfigurableTransactionManager;

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
                                                     OrmProperties properties) {
        if (properties.getMigrate().isEnabled()) {
            // never start on a schema the application believes migrated when it was not
            throw new IllegalStateException("orm.migrate.enabled=true, but this version of the starter cannot run"
                    + " orm-migrate at start-up yet; run the migrations with orm-migrate's CLI (upgrade head) and"
                    + " remove orm.migrate.enabled");
        }
        return new OrmSchemaInitializer(engine, metadata,
                OrmSchemaInitializer.effectiveMode(properties.getDdlAuto(), dataSource, engine));
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
