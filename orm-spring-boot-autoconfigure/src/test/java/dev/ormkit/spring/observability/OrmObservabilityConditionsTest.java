package dev.ormkit.spring.observability;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.exc.NPlusOneException;
import dev.ormkit.orm.NPlusOneMode;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.actuate.NPlusOneSites;
import dev.ormkit.spring.actuate.OrmEndpoint;
import dev.ormkit.spring.boot.autoconfigure.OrmEndpointAutoConfiguration;
import dev.ormkit.spring.boot.autoconfigure.OrmMetricsAutoConfiguration;
import dev.ormkit.spring.boot.autoconfigure.OrmObservationAutoConfiguration;
import dev.ormkit.spring.metrics.OrmSessionMetrics;
import dev.ormkit.spring.metrics.QueryTimerListener;
import dev.ormkit.spring.observation.DefaultOrmQueryObservationConvention;
import dev.ormkit.spring.observation.OrmQueryContext;
import dev.ormkit.spring.observation.OrmQueryObservationConvention;
import dev.ormkit.spring.observation.QueryObservationListener;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.observation.GlobalObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which parts switch on, and what turns them off: each condition of the three auto-configurations. */
class OrmObservabilityConditionsTest {
    private static final AutoConfigurations ORM = AutoConfigurations.of(OrmObservationAutoConfiguration.class,
            OrmMetricsAutoConfiguration.class, OrmEndpointAutoConfiguration.class);
    private static final AutoConfigurations METRICS = AutoConfigurations.of(MetricsAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class);

    private Engine engine;
    private SessionFactory sessions;

    @BeforeEach
    void engine() {
        engine = Engine.create("h2:mem:conditions_" + System.nanoTime());
        Library.METADATA.createAll(engine);
        sessions = Library.sessionFactory(engine);
    }

    @AfterEach
    void dispose() {
        engine.dispose();
    }

    private ApplicationContextRunner withOrm() {
        return new ApplicationContextRunner()
                .withBean(Engine.class, () -> engine)
                .withBean(SessionFactory.class, () -> sessions);
    }

    private void runStatement() {
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT COUNT(*) FROM shelves")).all();
        }
    }

    private static Set<String> tagKeys(MeterRegistry meters, String name) {
        Set<Set<String>> sets = meters.find(name).meters().stream()
                .map(m -> m.getId().getTags().stream().map(Tag::getKey).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(sets).as("one tag set for " + name).hasSize(1);
        return sets.iterator().next();
    }

    @Test
    void withObservationsTheTimerComesFromTheObservationAlone() {
        withOrm().withConfiguration(METRICS).withConfiguration(ORM)
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(QueryObservationListener.class).hasSingleBean(OrmSessionMetrics.class)
                            .doesNotHaveBean(QueryTimerListener.class);
                    runStatement();
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.get("orm.queries").tags("statement", "select", "outcome", "SUCCESS").timer().count())
                            .isEqualTo(1);
                    assertThat(tagKeys(meters, "orm.queries")).containsExactlyInAnyOrder("statement", "outcome", "error");
                });
    }

    @Test
    void withoutAnObservationRegistryAPlainTimerWithTheSameTags() {
        withOrm().withConfiguration(METRICS).withConfiguration(ORM).run(context -> {
            assertThat(context).doesNotHaveBean(QueryObservationListener.class)
                    .hasSingleBean(QueryTimerListener.class).hasSingleBean(OrmSessionMetrics.class);
            runStatement();
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("orm.queries").tags("statement", "select", "outcome", "SUCCESS").timer().count())
                    .isEqualTo(1);
            assertThat(tagKeys(meters, "orm.queries")).containsExactlyInAnyOrder("statement", "outcome", "error");
        });
    }

    @Test
    void observationsWithoutMetricsStillReachHandlers() {
        List<String> seen = new ArrayList<>();
        withOrm().withConfiguration(ORM).withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withBean(ObservationHandler.class, () -> recording(seen))
                .run(context -> {
                    assertThat(context).hasSingleBean(QueryObservationListener.class)
                            .doesNotHaveBean(OrmSessionMetrics.class).doesNotHaveBean(QueryTimerListener.class);
                    runStatement();
                    assertThat(seen).containsExactly("orm.queries");
                });
    }

    @Test
    void noMicrometerNoMetricsOrObservations() {
        withOrm().withConfiguration(ORM).withClassLoader(new FilteredClassLoader("io.micrometer"))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(QueryObservationListener.class)
                            .doesNotHaveBean(OrmSessionMetrics.class).doesNotHaveBean(QueryTimerListener.class);
                    assertThat(engine.events().hasStatementListeners()).isFalse();
                    assertThat(engine.events().hasOrmListeners()).isFalse();
                });
    }

    @Test
    void noEngineNoInstrumentation() {
        new ApplicationContextRunner().withConfiguration(METRICS).withConfiguration(ORM)
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=orm")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(QueryObservationListener.class)
                        .doesNotHaveBean(OrmSessionMetrics.class).doesNotHaveBean(QueryTimerListener.class)
                        .doesNotHaveBean(OrmEndpoint.class));
    }

    @Test
    void observationsTurnedOffByProperty() {
        List<String> seen = new ArrayList<>();
        withOrm().withConfiguration(METRICS).withConfiguration(ORM)
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withBean(ObservationHandler.class, () -> recording(seen))
                .withPropertyValues("management.observations.enable.orm=false")
                .run(context -> {
                    runStatement();
                    Library.fill(sessions, 1, 1);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.find("orm.queries").meters()).isEmpty();
                    assertThat(seen).isEmpty();
                    assertThat(context).doesNotHaveBean(QueryTimerListener.class);
                });
    }

    @Test
    void metersTurnedOffByBootsMetricsProperty() {
        withOrm().withConfiguration(METRICS).withConfiguration(ORM)
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withPropertyValues("management.metrics.enable.orm=false")
                .run(context -> {
                    Library.fill(sessions, 2, 2);
                    Library.walkBooks(sessions);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    List<String> orm = meters.getMeters().stream().map(Meter::getId).map(Meter.Id::getName)
                            .filter(n -> n.startsWith("orm.")).toList();
                    assertThat(orm).isEmpty();
                });
    }

    @Test
    void aGlobalConventionRenamesTheObservationAndItsTimer() {
        withOrm().withConfiguration(METRICS).withConfiguration(ORM)
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withBean(GlobalObservationConvention.class, StatementsConvention::new)
                .run(context -> {
                    runStatement();
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.find("orm.queries").meters()).isEmpty();
                    assertThat(meters.get("db.statements").tags("statement", "select", "database", "h2").timer().count())
                            .isEqualTo(1);
                });
    }

    @Test
    void anOrmQueryConventionBeanReplacesTheDefault() {
        withOrm().withConfiguration(METRICS).withConfiguration(ORM)
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withBean(OrmQueryObservationConvention.class, () -> new DefaultOrmQueryObservationConvention() {
                    @Override
                    public String getName() {
                        return "myapp.sql";
                    }
                })
                .run(context -> {
                    runStatement();
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.find("orm.queries").meters()).isEmpty();
                    assertThat(meters.get("myapp.sql").tags("statement", "select").timer().count()).isEqualTo(1);
                });
    }

    @Test
    void nPlusOneInRaiseModeIsCountedAndListedBeforeItFails() {
        SessionFactory raising = SessionFactory.builder(engine).metadata(Library.METADATA)
                .nPlusOne(NPlusOneMode.RAISE, 2).build();
        withOrm().withConfiguration(METRICS).withConfiguration(ORM)
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=orm")
                .run(context -> {
                    Library.fill(sessions, 3, 1);
                    assertThatThrownBy(() -> Library.walkBooks(raising)).isInstanceOf(NPlusOneException.class);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.get("orm.nplusone").tags("entity", Shelf.class.getName(), "relation", "books")
                            .counter().count()).isEqualTo(1);
                    assertThat(context.getBean(NPlusOneSites.class).sitesOf(engine)).singleElement()
                            .satisfies(site -> assertThat(site.location()).contains(Library.class.getName()));
                });
    }

    @Test
    void endpointOnlyWhenExposed() {
        withOrm().withConfiguration(ORM).run(context -> assertThat(context).doesNotHaveBean(OrmEndpoint.class)
                .doesNotHaveBean(NPlusOneSites.class));
        withOrm().withConfiguration(ORM).withPropertyValues("management.endpoints.web.exposure.include=orm")
                .run(context -> assertThat(context).hasSingleBean(OrmEndpoint.class).hasSingleBean(NPlusOneSites.class));
        withOrm().withConfiguration(ORM).withPropertyValues("management.endpoints.web.exposure.include=*",
                        "management.endpoint.orm.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(OrmEndpoint.class));
        withOrm().withConfiguration(ORM).withPropertyValues("management.endpoints.web.exposure.include=orm")
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OrmEndpoint.class));
        new ApplicationContextRunner().withBean(Engine.class, () -> engine).withConfiguration(ORM)
                .withPropertyValues("management.endpoints.web.exposure.include=orm")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OrmEndpoint.class));
    }

    private static ObservationHandler<Observation.Context> recording(List<String> names) {
        return new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                names.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof OrmQueryContext;
            }
        };
    }

    /** A user's convention: another name, and the database as a tag. */
    static final class StatementsConvention extends DefaultOrmQueryObservationConvention
            implements GlobalObservationConvention<OrmQueryContext> {
        @Override
        public String getName() {
            return "db.statements";
        }

        @Override
        public io.micrometer.common.KeyValues getLowCardinalityKeyValues(OrmQueryContext context) {
            return super.getLowCardinalityKeyValues(context).and("database", context.getDatabase());
        }
    }
}
