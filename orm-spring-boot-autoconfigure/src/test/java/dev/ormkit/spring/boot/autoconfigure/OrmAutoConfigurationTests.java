package dev.ormkit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.EngineOptions;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Table;
import dev.ormkit.orm.Base;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.Inspector;
import dev.ormkit.schema.MetaData;
import dev.ormkit.spring.boot.autoconfigure.OrmProperties.DdlAuto;
import dev.ormkit.spring.it.model.Author;
import dev.ormkit.spring.it.model.Book;
import dev.ormkit.spring.tx.OrmExceptionTranslator;
import dev.ormkit.spring.tx.OrmNestedTransactionListener;
import dev.ormkit.spring.tx.OrmSessionContext;
import dev.ormkit.spring.web.OpenSessionInViewInterceptor;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Each bean, back-off and condition of the auto-configuration, on small contexts. */
@ExtendWith(OutputCaptureExtension.class)
class OrmAutoConfigurationTests {

    private static final AutoConfigurations AUTO = AutoConfigurations.of(DataSourceAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, OrmAutoConfiguration.class, OrmWebMvcAutoConfiguration.class);

    /** An H2 database of its own per context (the name makes it so), mapped classes from @EntityScan. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AUTO)
            .withUserConfiguration(Entities.class)
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Author.class)
    static class Entities {
    }

    @Test
    void defaultBeansOverBootsDataSource(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(Engine.class).hasSingleBean(MetaData.class)
                    .hasSingleBean(SessionFactory.class).hasSingleBean(Session.class)
                    .hasSingleBean(OrmSessionContext.class).hasSingleBean(OrmNestedTransactionListener.class)
                    .hasSingleBean(OrmSchemaInitializer.class).hasSingleBean(OrmStartupReport.class);
            assertThat(context.getBean(Engine.class).dataSource()).isSameAs(context.getBean(DataSource.class));
            assertThat(context.getBean(Engine.class).dialect().name()).isEqualTo("h2");
            assertThat(context.getBean(MetaData.class).mappedClasses()).containsExactly(Author.class, Book.class);
            SessionFactory sf = context.getBean(SessionFactory.class);
            assertThat(sf.metadata()).isSameAs(context.getBean(MetaData.class));
            assertThat(sf.nPlusOneMode()).isEqualTo(NPlusOneMode.WARN);
            assertThat(sf.autoflush()).isTrue();
            assertThat(sf.expireOnCommit()).isTrue();
            assertThat(Proxy.isProxyClass(context.getBean(Session.class).getClass())).isTrue();
            // the translator is what Boot's @Repository post-processor applies
            assertThat(context.getBeansOfType(PersistenceExceptionTranslator.class).values())
                    .hasExactlyElementsOfTypes(OrmExceptionTranslator.class);
            // Boot's JdbcTransactionManager got the NESTED listener
            JdbcTransactionManager tm = context.getBean(JdbcTransactionManager.class);
            assertThat(tm.getTransactionExecutionListeners())
                    .containsExactly(context.getBean(OrmNestedTransactionListener.class));
            // embedded database: ddl-auto defaults to create
            assertThat(context.getBean(OrmSchemaInitializer.class).mode()).isEqualTo(DdlAuto.CREATE);
            assertThat(Inspector.of(context.getBean(Engine.class)).tableNames()).contains("authors", "books");
            // the injected session outside a transaction or request says how to get one
            Session session = context.getBean(Session.class);
            assertThatThrownBy(() -> session.get(Author.class, 1L))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("@Transactional")
                    .hasMessageContaining("orm.open-in-view=true")
                    .hasMessageContaining("SessionFactory.open()");
            assertThatThrownBy(session::close).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("managed by Spring");
        });
        assertThat(output.getAll().lines().filter(l -> l.contains("ormkit h2 dialect"))).singleElement()
                .satisfies(l -> assertThat(l).contains("INFO").contains("2 mapped classes (2 plain, 0 Base or enhanced)")
                        .contains("ddl-auto create")
                        .contains("open-in-view off").contains("N+1 detection warn (threshold 2)"));
    }

    /** A mapped class whose objects keep their session state in a field: a {@code Base} subclass. */
    @Table("shelves")
    static class Shelf extends Base {
        @Column(primaryKey = true) Long id;
    }

    @Test
    void theStartupLineSaysHowManyMappedClassesKeepTheirStateInAField() {
        assertThat(OrmStartupReport.mappedClasses(List.of(EntityMapping.of(Author.class),
                EntityMapping.of(Shelf.class), EntityMapping.of(Book.class))))
                .isEqualTo("3 mapped classes (2 plain, 1 Base or enhanced)");
        assertThat(OrmStartupReport.mappedClasses(List.of(EntityMapping.of(Shelf.class))))
                .isEqualTo("1 mapped class (0 plain, 1 Base or enhanced)");
    }

    @Test
    void propertiesConfigureEngineAndSessionFactory() {
        runner.withPropertyValues("orm.n-plus-one.mode=raise", "orm.n-plus-one.threshold=3", "orm.autoflush=false",
                "orm.expire-on-commit=false", "orm.lazy-load-batch-size=5", "orm.echo=true", "orm.ddl-auto=none")
                .run(context -> {
                    SessionFactory sf = context.getBean(SessionFactory.class);
                    assertThat(sf.nPlusOneMode()).isEqualTo(NPlusOneMode.RAISE);
                    assertThat(sf.nPlusOneThreshold()).isEqualTo(3);
                    assertThat(sf.autoflush()).isFalse();
                    assertThat(sf.expireOnCommit()).isFalse();
                    assertThat(sf.lazyLoadBatchSize()).isEqualTo(5);
                    assertThat(context.getBean(Engine.class).options().echo()).isTrue();
                    assertThat(Inspector.of(context.getBean(Engine.class)).tableNames()).doesNotContain("authors");
                });
    }

    @Test
    void badPropertyValueFailsStartUpSayingWhy() {
        runner.withPropertyValues("orm.n-plus-one.threshold=1").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("threshold must be at least 2"));
    }

    @Test
    void backsOffWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TransactionAutoConfiguration.class,
                OrmAutoConfiguration.class, OrmWebMvcAutoConfiguration.class)).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(Engine.class).doesNotHaveBean(SessionFactory.class)
                            .doesNotHaveBean(Session.class).doesNotHaveBean(OrmProperties.class);
                });
    }

    @Test
    void backsOffWithTwoDataSourcesAndNoPrimary() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OrmAutoConfiguration.class))
                .withUserConfiguration(TwoDataSources.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Engine.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        @Bean
        DataSource one() {
            return new DriverManagerDataSource("jdbc:h2:mem:one");
        }

        @Bean
        DataSource two() {
            return new DriverManagerDataSource("jdbc:h2:mem:two");
        }
    }

    @Test
    void backsOffWithoutOrmkitOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader(SessionFactory.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Engine.class));
    }

    @Test
    void usesTheApplicationsOwnBeans() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context.getBean(Engine.class)).isSameAs(context.getBean("myEngine"));
            assertThat(context.getBean(MetaData.class)).isSameAs(context.getBean("myMetaData"));
            assertThat(context.getBean(MetaData.class).mappedClasses()).containsExactly(Author.class);
            assertThat(context.getBean(SessionFactory.class).engine()).isSameAs(context.getBean("myEngine"));
            assertThat(context.getBean(OrmExceptionTranslator.class)).isSameAs(context.getBean("myTranslator"));
        });
        runner.withUserConfiguration(OwnSessionFactory.class).run(context -> {
            assertThat(context).hasSingleBean(SessionFactory.class);
            assertThat(context.getBean(SessionFactory.class).nPlusOneMode()).isEqualTo(NPlusOneMode.OFF);
        });
        runner.withUserConfiguration(OwnSession.class).run(context ->
                assertThat(context.getBean(Session.class)).isSameAs(OwnSession.SESSION));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        @Bean
        Engine myEngine(DataSource dataSource) {
            return Engine.of(dataSource, EngineOptions.defaults());
        }

        @Bean
        MetaData myMetaData() {
            return MetaData.of(Author.class);
        }

        @Bean
        OrmExceptionTranslator myTranslator(DataSource dataSource) {
            return new OrmExceptionTranslator(dataSource);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnSessionFactory {
        @Bean
        SessionFactory mySessionFactory(Engine engine) {
            return SessionFactory.builder(engine).classes(Author.class).nPlusOne(NPlusOneMode.OFF).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnSession {
        static final Session SESSION = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(),
                new Class<?>[] {Session.class}, (p, m, a) -> m.getName().equals("toString") ? "mine" : null);

        @Bean(destroyMethod = "")
        Session mySession() {
            return SESSION;
        }
    }

    @Test
    void nestedListenerJoinsATransactionManagerTheApplicationDefines() {
        runner.withUserConfiguration(OwnTransactionManager.class).run(context -> {
            ConfigurableTransactionManager tm = (ConfigurableTransactionManager) context.getBean(PlatformTransactionManager.class);
            assertThat(tm).isInstanceOf(DataSourceTransactionManager.class);
            assertThat(tm.getTransactionExecutionListeners())
                    .containsExactly(context.getBean(OrmNestedTransactionListener.class));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnTransactionManager {
        @Bean
        DataSourceTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    @Test
    void ddlAutoValidateFailsNamingEachDifference() {
        // authors exists with a column missing and a nullability that differs; books is missing
        runner.withPropertyValues("orm.ddl-auto=validate", "spring.datasource.url=jdbc:h2:mem:validate1;DB_CLOSE_DELAY=-1")
                .withInitializer(c -> runSql("jdbc:h2:mem:validate1;DB_CLOSE_DELAY=-1",
                        "CREATE TABLE authors (id BIGINT PRIMARY KEY, name VARCHAR(50))"))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(SchemaValidationException.class)
                        .hasMessageContaining("3 differences")
                        .hasMessageContaining("column authors.version (")
                        .hasMessageContaining("column authors.name is mapped NOT NULL but allows NULL in the database")
                        .hasMessageContaining("table books is missing"));
    }

    @Test
    void ddlAutoValidatePassesOnAMatchingSchema() {
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:validate2;DB_CLOSE_DELAY=-1").run(created -> {
            assertThat(created).hasNotFailed();
            runner.withPropertyValues("orm.ddl-auto=validate", "spring.datasource.url=jdbc:h2:mem:validate2;DB_CLOSE_DELAY=-1")
                    .run(validated -> assertThat(validated).hasNotFailed().hasSingleBean(SessionFactory.class));
        });
    }

    @Test
    void ddlAutoCreateDropDropsOnClose() {
        String url = "jdbc:h2:mem:createdrop;DB_CLOSE_DELAY=-1";
        runner.withPropertyValues("orm.ddl-auto=create-drop", "spring.datasource.url=" + url).run(context ->
                assertThat(Inspector.of(context.getBean(Engine.class)).tableNames()).contains("authors", "books"));
        try (Engine e = Engine.create(url + ";USER=sa")) {
            assertThat(Inspector.of(e).tableNames()).doesNotContain("authors", "books");
        }
    }

    @Test
    void ddlAutoDefaultsToCreateOnSqliteWhichBootDoesNotCallEmbedded() {
        TestDatabase db = SpringDatabases.fresh(DatabaseKind.SQLITE, "ddl");
        try {
            String jdbcUrl = DatabaseUrl.parse(db.url()).jdbcUrl();
            runner.withPropertyValues("spring.datasource.url=" + jdbcUrl).run(context -> {
                assertThat(context.getBean(OrmSchemaInitializer.class).mode()).isEqualTo(DdlAuto.CREATE);
                assertThat(Inspector.of(context.getBean(Engine.class)).tableNames()).contains("authors", "books");
            });
        } finally {
            SpringDatabases.drop(db);
        }
    }

    @Test
    void ddlAutoDefaultsToNoneOnAServer() {
        SpringDatabases.assumeAvailable(DatabaseKind.POSTGRESQL);
        TestDatabase db = SpringDatabases.fresh(DatabaseKind.POSTGRESQL, "ddl");
        try {
            DatabaseUrl url = DatabaseUrl.parse(db.url());
            runner.withPropertyValues("spring.datasource.url=" + url.jdbcUrl(),
                    "spring.datasource.username=" + url.username()).run(context -> {
                        assertThat(context.getBean(OrmSchemaInitializer.class).mode()).isEqualTo(DdlAuto.NONE);
                        assertThat(context.getBean(Engine.class).dialect().name()).isEqualTo("postgresql");
                        assertThat(Inspector.of(context.getBean(Engine.class)).tableNames()).isEmpty();
                    });
        } finally {
            SpringDatabases.drop(db);
        }
    }

    private static final WebApplicationContextRunner WEB = new WebApplicationContextRunner()
            .withConfiguration(AUTO)
            .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class))
            .withUserConfiguration(Entities.class)
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void openInViewIsOnInServletAppsUnlessSwitchedOff(CapturedOutput output) {
        WEB.run(context -> {
            assertThat(context).hasSingleBean(OpenSessionInViewInterceptor.class);
            assertThat(context.getBean(OrmStartupReport.class).line()).contains("open-in-view on");
        });
        assertThat(output.getAll()).doesNotContain("WARN");
        WEB.withPropertyValues("orm.open-in-view=false").run(context -> {
            assertThat(context).doesNotHaveBean(OpenSessionInViewInterceptor.class);
            assertThat(context.getBean(OrmStartupReport.class).line()).contains("open-in-view off");
        });
        WEB.withClassLoader(new FilteredClassLoader(WebMvcConfigurer.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenSessionInViewInterceptor.class));
        // not a web application: no interceptor
        runner.run(context -> assertThat(context).doesNotHaveBean(OpenSessionInViewInterceptor.class));
    }

    private static void runSql(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
