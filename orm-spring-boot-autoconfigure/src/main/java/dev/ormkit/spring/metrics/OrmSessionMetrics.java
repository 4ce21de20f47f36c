package dev.ormkit.spring.metrics;

import java.util.concurrent.TimeUnit;
import dev.ormkit.event.FlushContext;
import dev.ormkit.event.LazyLoadEvent;
import dev.ormkit.event.NPlusOneEvent;
import dev.ormkit.event.OrmListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts what sessions report about loading and flushing:
 * <ul>
 * <li>{@code orm.nplusone} (counter; tags {@code entity}, {@code relation}): an N+1 site
 *     crossing the detector's threshold, once per session and site however long the loop;</li>
 * <li>{@code orm.lazy.loads} (counter; tags {@code entity}, {@code relation}): lazy-load
 *     statements, one per load whatever its batch size;</li>
 * <li>{@code orm.session.flushes} (timer; tag {@code outcome} = {@code SUCCESS}/{@code ERROR}):
 *     flushes that reached the unit of work (a flush of a session holding nothing is not one).</li>
 * </ul>
 * {@code entity} is the full name of the class declaring the relationship (two classes of one
 * simple name must not add up), {@code relation} its field: both bounded by the mappings. Eager loads reported as unused are not N+1 queries
 * and are not counted here (the {@code orm} Actuator endpoint lists them).
 */
public class OrmSessionMetrics implements OrmListener {
    /** Counter of N+1 sites detected. */
    public static final String N_PLUS_ONE = "orm.nplusone";
    /** Counter of lazy loads. */
    public static final String LAZY_LOADS = "orm.lazy.loads";
    /** Timer of session flushes. */
    public static final String FLUSHES = "orm.session.flushes";

    private final MeterRegistry registry;
    private final Timer flushSuccesses;
    private final Timer flushErrors;

    /** Meters registered on {@code registry} (the flush timers at once, the counters per relationship when first hit). */
    public OrmSessionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.flushSuccesses = flushTimer(registry, "SUCCESS");
        this.flushErrors = flushTimer(registry, "ERROR");
    }

    private static Timer flushTimer(MeterRegistry registry, String outcome) {
        return Timer.builder(FLUSHES)
                .description("Session flushes: the unit of work writing pending changes")
                .tag("outcome", outcome)
                .register(registry);
    }

    @Override
    public void onNPlusOne(NPlusOneEvent event) {
        if (event.unusedEagerLoad()) {
            return;
        }
        Counter.builder(N_PLUS_ONE)
                .description("N+1 query sites detected: a relationship loaded lazily in a loop over one query's result")
                .tag("entity", event.entity())
                .tag("relation", event.relation())
                .register(registry)
                .increment();
    }

    @Override
    public void onLazyLoad(LazyLoadEvent event) {
        Counter.builder(LAZY_LOADS)
                .description("Relationships loaded on first access")
                .tag("entity", event.entity())
                .tag("relation", event.relation())
                .register(registry)
                .increment();
    }

    @Override
    public void onFlushEnd(FlushContext flush) {
        (flush.error() == null ? flushSuccesses : flushErrors).record(flush.durationNanos(), TimeUnit.NANOSECONDS);
    }
}
