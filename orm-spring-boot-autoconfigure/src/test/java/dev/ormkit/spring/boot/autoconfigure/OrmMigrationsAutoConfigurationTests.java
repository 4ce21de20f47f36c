package dev.ormkit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.migrate.Migrator;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.actuate.OrmMigrationsEndpoint;
import dev.ormkit.spring.boot.autoconfigure.OrmProperties.DdlAuto;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.SpringDatabases;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code orm.migrate.enabled=true}: orm-migrate's upgrade head at start-up, before the ORM is used. */
class OrmMigrationsAutoConfigurationTests {
    private static final String PACKAGE = "dev.ormkit.spring.migrations";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, OrmAutoConfiguration.class))
            .withPropertyValues("orm.migrate.enabled=true", "orm.migrate.packages=" + PACKAGE);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradesToHeadAtStartUpBeforeTheSessionFactory(DatabaseKind kind) {
        SpringDatabases.assumeAvailable(kind);
        TestDatabase db = SpringDatabases.fresh(kind, "migrate");
        try {
            DatabaseUrl url = DatabaseUrl.parse(db.url());
            List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url.jdbcUrl()));
            if (url.username() != null) {
                properties.add("spring.datasource.username=" + url.username());
            }
            runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(SessionFactory.class);
                Migrator migrator = context.getBean(OrmMigrations.class).migrator();
                assertThat(migrator.current()).containsExactly("b2c3d4e5f6a7");
                assertThat(migrator.pending()).isEmpty();
                // migrations own the schema: ddl-auto does not create on an embedded database either
                assertThat(context.getBean(OrmSchemaInitializer.class).mode()).isEqualTo(DdlAuto.NONE);
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                jdbc.update("INSERT INTO notes (id, title, body) VALUES (1, 'first', 'both revisions ran')");
                assertThat(jdbc.queryForObject("SELECT body FROM notes WHERE id = 1", String.class))
                        .isEqualTo("both revisions ran");
            });
            // a second start finds the database at head and applies nothing
            runner.withPropertyValues(properties.toArray(String[]::new)).run(context ->
                    assertThat(context.getBean(OrmMigrations.class).migrator().current()).containsExactly("b2c3d4e5f6a7"));
        } finally {
            SpringDatabases.drop(db);
        }
    }

    @Test
    void ddlAutoThatCreatesTablesIsRefusedWithMigrations() {
        runner.withPropertyValues("spring.datasource.generate-unique-name=true", "orm.ddl-auto=create").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("orm.ddl-auto=CREATE")
                    .hasMessageContaining("the migrations own the schema");
        });
    }

    @Test
    void missingOrmMigrateIsNamedAtStartUp() {
        runner.withPropertyValues("spring.datasource.generate-unique-name=true")
                .withClassLoader(new FilteredClassLoader(Migrator.class))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("add the dependency dev.ormkit:orm-migrate");
                });
    }

    @Test
    void withoutThePropertyNoMigrationRuns() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
                .withPropertyValues("spring.datasource.generate-unique-name=true")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OrmMigrations.class));
    }

    @Test
    void theOrmMigrationsEndpointShowsCurrentHeadsAndPending() {
        runner.withConfiguration(AutoConfigurations.of(OrmEndpointAutoConfiguration.class))
                .withPropertyValues("spring.datasource.generate-unique-name=true",
                        "management.endpoints.web.exposure.include=ormmigrations")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    OrmMigrationsEndpoint.MigrationsDescriptor at = context.getBean(OrmMigrationsEndpoint.class).migrations();
                    assertThat(at.current()).containsExactly("b2c3d4e5f6a7");
                    assertThat(at.heads()).containsExactly("b2c3d4e5f6a7");
                    assertThat(at.pending()).isEmpty();
                    // stepping back one revision makes it pending, as the endpoint then reports
                    context.getBean(OrmMigrations.class).migrator().downgrade("-1");
                    at = context.getBean(OrmMigrationsEndpoint.class).migrations();
                    assertThat(at.current()).containsExactly("a1b2c3d4e5f6");
                    assertThat(at.pending()).extracting(OrmMigrationsEndpoint.RevisionDescriptor::id)
                            .containsExactly("b2c3d4e5f6a7");
                });
        runner.withConfiguration(AutoConfigurations.of(OrmEndpointAutoConfiguration.class))
                .withPropertyValues("spring.datasource.generate-unique-name=true")
                .run(context -> assertThat(context).doesNotHaveBean(OrmMigrationsEndpoint.class));
    }
}
