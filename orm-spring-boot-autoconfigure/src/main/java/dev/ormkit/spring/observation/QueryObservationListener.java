package dev.ormkit.spring.observation;

import java.util.ArrayDeque;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.exc.DatabaseException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Makes one {@code orm.queries} Observation per statement an engine runs: started before the
 * statement is sent, in scope while the driver works (so a span the driver or pool makes
 * nests under it), stopped with its row count or its error. The observation registry's
 * handlers turn it into a span and a timer; its predicates
 * ({@code management.observations.enable.orm=false}) turn it off.
 *
 * <p>A statement's start and end come on the executing thread with no other statement of
 * that thread in between, so the running observations are kept per thread, innermost last.
 */
public class QueryObservationListener implements StatementListener {
    private final ObservationRegistry registry;
    private final @Nullable OrmQueryObservationConvention convention;
    private final ThreadLocal<ArrayDeque<Observation.Scope>> running = ThreadLocal.withInitial(ArrayDeque::new);

    /**
     * @param registry where observations are made
     * @param convention a convention that replaces the default one (and any global one) for these observations
     */
    public QueryObservationListener(ObservationRegistry registry, @Nullable OrmQueryObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public void onStatementStart(StatementEvent event) {
        OrmQueryContext context = new OrmQueryContext(event.sql(), event.kind(), event.dialect(), event.batchSize());
        Observation observation = OrmObservationDocumentation.QUERY
                .observation(convention, DefaultOrmQueryObservationConvention.INSTANCE, () -> context, registry)
                .start();
        running.get().addLast(observation.openScope());
    }

    @Override
    public void onStatementEnd(StatementEvent event) {
        Observation.Scope scope = running.get().pollLast();
        if (scope == null) {
            return; // registered while this statement ran
        }
        Observation observation = scope.getCurrentObservation();
        if (observation.getContext() instanceof OrmQueryContext context) {
            context.setRowCount(event.rowCount());
        }
        scope.close();
        observation.stop();
    }

    @Override
    public void onStatementError(StatementEvent event, DatabaseException error) {
        Observation.Scope scope = running.get().pollLast();
        if (scope == null) {
            return;
        }
        Observation observation = scope.getCurrentObservation();
        observation.error(error);
        scope.close();
        observation.stop();
    }
}
