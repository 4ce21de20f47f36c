package dev.ormkit.spring.actuate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.NPlusOneEvent;
import dev.ormkit.event.OrmListener;

/**
 * The N+1 sites each engine's sessions reported, for the {@code orm} endpoint: per site
 * (relationship and calling code location) how often it was reported and when last. A
 * session reports a site once however long its loop, so the count is the number of
 * sessions (requests, transactions) that ran the loop. Eager loads that went unused are
 * kept as sites of their own kind.
 *
 * <p>Sites are code locations, so there are few; still, past {@code maxSites} per engine new
 * sites are only counted as dropped, so a pathological application cannot grow it without bound.
 */
public class NPlusOneSites implements AutoCloseable {
    /** How many sites an engine keeps by default. */
    public static final int DEFAULT_MAX_SITES = 500;

    private final Clock clock;
    private final int maxSites;
    private final Map<Engine, EngineLog> logs = new IdentityHashMap<>();

    /** Starts recording the sites of {@code engines}' sessions. */
    public NPlusOneSites(List<Engine> engines, Clock clock, int maxSites) {
        this.clock = clock;
        this.maxSites = maxSites;
        for (Engine engine : engines) {
            if (!logs.containsKey(engine)) {
                EngineLog log = new EngineLog();
                logs.put(engine, log);
                engine.events().addOrmListener(log);
            }
        }
    }

    /** The sites {@code engine}'s sessions reported, most recently seen first; empty for an engine not recorded. */
    public List<Site> sitesOf(Engine engine) {
        EngineLog log = logs.get(engine);
        if (log == null) {
            return List.of();
        }
        List<Site> sites = new ArrayList<>();
        for (SiteCount c : log.sites.values()) {
            sites.add(c.snapshot());
        }
        sites.sort(Comparator.comparing(Site::lastSeen).reversed());
        return sites;
    }

    /** Sites of {@code engine} not kept because the log was full. */
    public long droppedOf(Engine engine) {
        EngineLog log = logs.get(engine);
        return log == null ? 0 : log.dropped.get();
    }

    /** Stops recording. */
    @Override
    public void close() {
        logs.forEach((engine, log) -> engine.events().removeOrmListener(log));
    }

    /**
     * One N+1 site.
     *
     * @param kind {@code n+1} for a lazy load in a loop, {@code unused-eager-load} for an eager load nothing touched
     * @param entity full name of the class declaring the relationship
     * @param relation the relationship's field
     * @param count how many times it was reported (once per session that ran it)
     * @param location the calling code, {@code class.method(File.java:line)}
     * @param query the SQL of the query whose objects the last report was about
     * @param resultSize how many objects that query's result held: the lazy loads a loop over all of them costs
     * @param firstSeen first report
     * @param lastSeen last report
     */
    public record Site(String kind, String entity, String relation, long count, String location, String query,
                       int resultSize, Instant firstSeen, Instant lastSeen) {
    }

    private final class EngineLog implements OrmListener {
        final Map<String, SiteCount> sites = new ConcurrentHashMap<>();
        final AtomicLong dropped = new AtomicLong();

        @Override
        public void onNPlusOne(NPlusOneEvent event) {
            String kind = event.unusedEagerLoad() ? "unused-eager-load" : "n+1";
            String key = kind + ':' + event.entity() + '.' + event.relation() + '@' + event.location();
            SiteCount site = sites.get(key);
            if (site == null) {
                if (sites.size() >= maxSites) {
                    dropped.incrementAndGet();
                    return;
                }
                site = sites.computeIfAbsent(key, k -> new SiteCount(kind, event, clock.instant()));
            }
            site.seen(event.query(), event.resultSize(), clock.instant());
        }
    }

    private static final class SiteCount {
        final String kind;
        final String entity;
        final String relation;
        final String location;
        final Instant firstSeen;
        long count;
        String query;
        int resultSize;
        Instant lastSeen;

        SiteCount(String kind, NPlusOneEvent event, Instant now) {
            this.kind = kind;
            this.entity = event.entity();
            this.relation = event.relation();
            this.location = event.location();
            this.firstSeen = now;
            this.query = event.query();
            this.resultSize = event.resultSize();
            this.lastSeen = now;
        }

        synchronized void seen(String lastQuery, int lastResultSize, Instant now) {
            count++;
            query = lastQuery;
            resultSize = lastResultSize;
            lastSeen = now;
        }

        synchronized Site snapshot() {
            return new Site(kind, entity, relation, count, location, query, resultSize, firstSeen, lastSeen);
        }
    }
}
