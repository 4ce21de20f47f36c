package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.event.Events;
import dev.ormkit.event.NPlusOneEvent;
import dev.ormkit.exc.NPlusOneException;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session's N+1 watch. A lazy load of relationship R for an object that came from query Q
 * counts against (Q, R); when the count reaches the threshold, the site is reported: once per
 * session and site, with the first calling frame outside ormkit as its location. Also reports,
 * at close, collections an eager loader filled that nothing touched.
 */
final class NPlusOneDetector {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.orm.nplusone");

    private final NPlusOneMode mode;
    private final int threshold;
    private final Events events;
    private final Set<String> reported = new HashSet<>();
    /** Sites logged by any session of the factory: the log says it once, the event counts every session. */
    private final Set<String> logged;

    NPlusOneDetector(NPlusOneMode mode, int threshold, Events events, Set<String> logged) {
        this.mode = mode;
        this.threshold = threshold;
        this.events = events;
        this.logged = logged;
    }

    boolean enabled() {
        return mode != NPlusOneMode.OFF;
    }

    /** Counts a lazy load of {@code r} for an object of {@code origin}; reports or throws at the threshold. */
    void lazyLoad(@Nullable LoadContext origin, RelationshipAttribute r) {
        if (mode == NPlusOneMode.OFF || origin == null) {
            return;
        }
        int count = origin.countLazyLoad(r);
        if (count != threshold) {
            return; // below it, or this result's loop on r was reported already: no stack walk per load
        }
        String location = callSites(origin).location();
        String site = r.owner().getName() + "." + r.name() + "@" + location;
        NPlusOneEvent event = new NPlusOneEvent(r.owner().getName(), r.name(), count, resultSize(origin, r),
                origin.description(), location, false);
        if (!reported.add(site)) {
            return;
        }
        events.fireNPlusOne(event);
        if (mode == NPlusOneMode.RAISE) {
            throw new NPlusOneException(event.describe());
        }
        if (logged.add(site)) {
            LOG.warn(event.describe());
        }
    }

    /**
     * At close of {@code session}: eager loads nothing used, among the collections eager loaders
     * filled ({@code filled}, in filling order; one filled twice may be listed twice). A
     * collection counts while its object is still in the session and its field still holds it.
     */
    void unusedEagerLoads(Session session, List<InstrumentedCollection<?>> filled) {
        if (mode == NPlusOneMode.OFF) {
            return;
        }
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (InstrumentedCollection<?> ic : filled) {
            InstanceState s = ic.owner;
            Object entity = s.object();
            if (!ic.eagerUnused || entity == null || s.session() != session || ic.relationship.get(entity) != ic) {
                continue;
            }
            ic.eagerUnused = false; // counted once, however often it was listed; only close reads the flag
            LoadContext origin = s.origin();
            List<Object> key = new ArrayList<>();
            key.add(ic.relationship);
            key.add(origin == null ? "" : origin.description());
            key.add(origin == null ? "unknown" : origin.location());
            counts.merge(key, 1, Integer::sum);
        }
        for (Map.Entry<List<Object>, Integer> e : counts.entrySet()) {
            RelationshipAttribute r = (RelationshipAttribute) e.getKey().get(0);
            NPlusOneEvent event = new NPlusOneEvent(r.owner().getName(), r.name(), e.getValue(), e.getValue(),
                    (String) e.getKey().get(1), (String) e.getKey().get(2), true);
            events.fireNPlusOne(event);
            if (logged.add("unused:" + r.owner().getName() + "." + r.name() + "@" + event.location())) {
                LOG.warn(event.describe());
            }
        }
    }

    /**
     * The first stack frame outside ormkit, the JDK, generated proxies and the default framework
     * packages: where the user's code is. For code with no session at hand; the detector itself
     * uses the packages its session factory was configured with.
     */
    static String callerLocation() {
        return CallSites.DEFAULT.location();
    }

    /** The call-site finder of the factory whose session loaded {@code origin}'s objects. */
    private static CallSites callSites(LoadContext origin) {
        for (InstanceState s : origin.states()) {
            Session session = s.session();
            if (session != null) {
                return session.factory().callSites();
            }
        }
        return CallSites.DEFAULT;
    }

    /** How many objects of {@code origin} hold {@code r}: the lazy loads a loop over the whole result costs. */
    private static int resultSize(LoadContext origin, RelationshipAttribute r) {
        int n = 0;
        for (InstanceState s : origin.states()) {
            if (s.relationships().contains(r)) {
                n++;
            }
        }
        return n;
    }
}
