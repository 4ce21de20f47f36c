package dev.ormkit.spring.observation;

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
 * <p>The engine hands the same {@link StatementEvent} to the start and to the end or error
 * callback; the open scope waits in its attribute slot in between.
 */
public class QueryObservationListener implements StatementListener {
    /** The key of the scope in a statement execution's attributes: this class, private to it. */
    private static final Object SCOPE = QueryObservationListener.class;

    private final ObservationRegistry registry;
    private final @Nullable OrmQueryObservationConvention convention;

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
        OrmQueryContext context = new OrmQueryContext(event);
        Observation observation = OrmObservationDocumentation.QUERY
                .observation(convention, DefaultOrmQueryObservationConvention.INSTANCE, () -> context, registry)
                .start();
        event.setAttribute(SCOPE, observation.openScope());
    }

    @Override
    public void onStatementEnd(StatementEvent event) {
        stop(event, null);
    }

    @Override
    public void onStatementError(StatementEvent event, DatabaseException error) {
        stop(event, error);
    }

    private static void stop(StatementEvent event, @Nullable DatabaseException error) {
        Observation.Scope scope = event.getAttribute(SCOPE, Observation.Scope.class);
        if (scope == null) {
            return; // this listener was registered while the statement ran
        }
        event.setAttribute(SCOPE, null);
        Observation observation = scope.getCurrentObservation();
        if (error != null) {
            observation.error(error);
        }
        scope.close();
        observation.stop();
    }
}
