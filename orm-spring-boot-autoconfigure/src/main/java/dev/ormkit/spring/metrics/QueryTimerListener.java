package dev.ormkit.spring.metrics;

import java.util.concurrent.TimeUnit;
import dev.ormkit.event.StatementEvent;
import dev.ormkit.event.StatementListener;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.sql.StatementKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code orm.queries} as a plain timer, for applications with a meter registry but no
 * observation registry. It has the same name and tags as the timer Micrometer's
 * {@code DefaultMeterObservationHandler} makes of the observation ({@code statement},
 * {@code outcome}, and {@code error}: {@code none} or the exception's simple class name), and
 * the auto-configuration never registers both, so the meter keeps one tag set and dashboards
 * work either way. The success timers are made up front: recording a statement allocates nothing.
 */
public class QueryTimerListener implements StatementListener {
    /** The timer's name, the same as the observation's. */
    public static final String NAME = "orm.queries";

    private final MeterRegistry registry;
    private final Timer[] successes;

    /** Timers registered on {@code registry}: one per statement kind for successes, errors when they happen. */
    public QueryTimerListener(MeterRegistry registry) {
        this.registry = registry;
        StatementKind[] kinds = StatementKind.values();
        successes = new Timer[kinds.length];
        for (StatementKind kind : kinds) {
            successes[kind.ordinal()] = timer(registry, kind, "SUCCESS", "none");
        }
    }

    private static Timer timer(MeterRegistry registry, StatementKind kind, String outcome, String error) {
        return Timer.builder(NAME)
                .description("Statements sent to the database")
                .tag("statement", kind.tag())
                .tag("outcome", outcome)
                .tag("error", error)
                .register(registry);
    }

    @Override
    public void onStatementEnd(StatementEvent event) {
        successes[event.kind().ordinal()].record(event.durationNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void onStatementError(StatementEvent event, DatabaseException error) {
        timer(registry, event.kind(), "ERROR", error.getClass().getSimpleName())
                .record(event.durationNanos(), TimeUnit.NANOSECONDS);
    }
}
