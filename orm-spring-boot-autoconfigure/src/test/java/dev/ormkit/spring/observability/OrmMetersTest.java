package dev.ormkit.spring.observability;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.spring.boot.autoconfigure.OrmMetricsAutoConfiguration;
import dev.ormkit.spring.boot.autoconfigure.OrmObservationAutoConfiguration;
import dev.ormkit.sql.StatementKind;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The meters and spans after known work, on every database: a fill (one flush), two N+1
 * loops over 3 shelves (1 + 3 SELECTs each), one failing statement. Counts come from the
 * application's MeterRegistry and from a real tracer fed by the observations, and are checked
 * against what ormkit's own statement counter saw.
 */
class OrmMetersTest {
    private static final int SHELVES = 3;
    private static final int BOOKS_EACH = 2;

    private static ApplicationContextRunner runner(Engine engine, SessionFactory sessions, SimpleTracer tracer) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        OrmObservationAutoConfiguration.class, OrmMetricsAutoConfiguration.class))
                .withBean(Engine.class, () -> engine)
                .withBean(SessionFactory.class, () -> sessions)
                .withBean(DefaultTracingObservationHandler.class, () -> new DefaultTracingObservationHandler(tracer));
    }

    @AllDatabases
    void metersAndSpansAfterKnownWork(TestDatabase db) {
        Engine engine = db.engine();
        Library.METADATA.createAll(engine);
        SessionFactory sessions = Library.sessionFactory(engine);
        SimpleTracer tracer = new SimpleTracer();
        runner(engine, sessions, tracer).run(context -> {
            assertThat(context).hasNotFailed();
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            try (StatementCounter counter = StatementCounter.on(engine)) {
                Library.fill(sessions, SHELVES, BOOKS_EACH);
                long fillStatements = counter.count();
                assertThat(fillStatements).isPositive();
                assertThat(Library.walkBooks(sessions)).isEqualTo(SHELVES * BOOKS_EACH);
                assertThat(Library.walkBooks(sessions)).isEqualTo(SHELVES * BOOKS_EACH);
                assertThat(counter.count() - fillStatements).as("two loops of 1 + %d SELECTs", SHELVES)
                        .isEqualTo(2 * (1 + SHELVES));
                assertThatThrownBy(() -> {
                    try (Connection conn = engine.connect()) {
                        conn.execute(text("SELECT missing_column FROM shelves"));
                    }
                }).isInstanceOf(DatabaseException.class);

                // orm.queries: one timer sample per statement, by kind, as ormkit's own counter saw them
                long successes = counter.count() - counter.failures();
                assertThat(successes).isEqualTo(counter.count() - 1);
                for (StatementKind kind : StatementKind.values()) {
                    assertThat(queryCount(meters, kind.tag(), "SUCCESS")).as(kind.tag())
                            .isEqualTo(kind == StatementKind.SELECT ? counter.selects() - 1 : counter.count(kind));
                }
                assertThat(queryCount(meters, "select", "ERROR")).isEqualTo(1);
                assertThat(counter.selects()).isEqualTo(2 * (1 + SHELVES) + 1);
                assertThat(meters.find("orm.queries").timers().stream().mapToLong(Timer::count).sum())
                        .isEqualTo(counter.count());
                // only low-cardinality tags: never the SQL
                for (Meter m : meters.find("orm.queries").meters()) {
                    assertThat(m.getId().getTags()).extracting(t -> t.getKey())
                            .containsExactlyInAnyOrder("statement", "outcome", "error");
                }

                // one span per statement, the SQL as db.query.text
                List<SimpleSpan> spans = new ArrayList<>(tracer.getSpans());
                assertThat(spans).hasSize((int) counter.count());
                List<String> spanSql = spans.stream().map(s -> s.getTags().get("db.query.text")).toList();
                assertThat(spanSql).containsExactlyElementsOf(counter.statements());
                assertThat(spans).allSatisfy(s -> assertThat(s.getTags()).containsEntry("db.system.name", engine.dialect().name()));
                SimpleSpan loop = spans.get((int) fillStatements);
                assertThat(loop.getName()).isEqualTo("orm select");
                assertThat(loop.getTags()).containsEntry("statement", "select").containsEntry("outcome", "SUCCESS")
                        .containsEntry("db.response.returned_rows", Integer.toString(SHELVES))
                        .containsEntry("orm.origin", "query").containsEntry("orm.entity", Shelf.class.getName())
                        .containsEntry("orm.engine", engine.name());
                SimpleSpan lazy = spans.get((int) fillStatements + 1);
                assertThat(lazy.getTags()).containsEntry("orm.origin", "lazy_load")
                        .containsEntry("orm.entity", Book.class.getName());
                SimpleSpan failed = spans.get(spans.size() - 1);
                assertThat(failed.getTags()).containsEntry("outcome", "ERROR").containsEntry("orm.origin", "raw_sql")
                        .containsEntry("db.query.text", "SELECT missing_column FROM shelves");
                assertThat(failed.getError()).isInstanceOf(DatabaseException.class);
            }

            // the N+1 loop ran twice, in two sessions: one report per session and site, not one per lazy load
            assertThat(meters.get("orm.nplusone").tags("entity", Shelf.class.getName(), "relation", "books").counter().count())
                    .isEqualTo(2);
            assertThat(meters.get("orm.lazy.loads").tags("entity", Shelf.class.getName(), "relation", "books").counter().count())
                    .isEqualTo(2 * SHELVES);
            assertThat(meters.get("orm.session.flushes").tags("outcome", "SUCCESS").timer().count()).isEqualTo(1);
            assertThat(meters.get("orm.session.flushes").tags("outcome", "ERROR").timer().count()).isZero();
        });
        assertThat(engine.events().hasStatementListeners()).as("listeners removed when the context closed").isFalse();
        assertThat(engine.events().hasOrmListeners()).isFalse();
    }

    private static long queryCount(MeterRegistry meters, String statement, String outcome) {
        return meters.find("orm.queries").tags("statement", statement, "outcome", outcome).timers().stream()
                .mapToLong(Timer::count).sum();
    }
}
