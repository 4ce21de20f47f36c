package dev.ormkit.bench.paired;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.bench.EventCost;
import dev.ormkit.bench.GetPostBenchmark;
import dev.ormkit.bench.Implementation;
import dev.ormkit.bench.InsertPostsBenchmark;
import dev.ormkit.bench.LazyLoadBenchmark;
import dev.ormkit.bench.LoadPostsBenchmark;
import dev.ormkit.bench.UpdatePostsBenchmark;
import dev.ormkit.bench.UsersWithPostsBenchmark;
import dev.ormkit.bench.Variant;
import dev.ormkit.bench.WebRequestBenchmark;
import dev.ormkit.bench.paired.Case.Comparison;

/**
 * The cases of a paired run and ormkit's targets, as ratios to JDBC in the same rounds:
 * insert 100k ≤ 1.3× (JDBC reading the ids back, as ormkit does), load 10k ≤ 1.5× on H2 and
 * ≤ 1.1× on PostgreSQL, get by key ≤ 1.5× on PostgreSQL, eager 1,000×10 ≤ 2× on H2 and ≤ 1.3×
 * on PostgreSQL, update 10k ≤ 1.3×; ahead of Hibernate and jOOQ (a ratio ≤ 1) wherever
 * they run the same workload; and execution events whose cost with no listener is invisible
 * (get by key and load 10k with a no-op listener over none: 1.00 within the interval). Where a
 * workload also runs ormkit over the model declared as subclasses of {@code Base}, or over the
 * model enhanced at build time, that is shown against JDBC and against the plain classes.
 */
public final class Suite {
    /** The ratio "ahead of a peer" must stay under. */
    public static final double AHEAD = 1.0;
    /** The ratio whose presence in the interval shows a cost too small to see. */
    public static final double INVISIBLE = 1.0;

    private Suite() {
    }

    /** Every case on the given databases; the lazy-loading workload only when {@code withLazy}. */
    public static List<Case> cases(List<String> databases, boolean withLazy) {
        List<Case> cases = new ArrayList<>();
        for (String db : databases) {
            boolean h2 = db.equals("h2");
            cases.add(standard(InsertPostsBenchmark.class, "", db, 1.3, "jdbcWithIds"));
            cases.add(standard(LoadPostsBenchmark.class, "", db, h2 ? 1.5 : 1.1, null));
            cases.add(standard(GetPostBenchmark.class, "", db, h2 ? 0 : 1.5, null));
            cases.add(web("get", db, h2 ? 0 : 1.5));
            cases.add(web("list", db, 0));
            cases.add(standard(UsersWithPostsBenchmark.class, "selectin", db, h2 ? 2.0 : 1.3, null));
            cases.add(standard(UsersWithPostsBenchmark.class, "joined", db, h2 ? 2.0 : 1.3, null));
            cases.add(standard(UpdatePostsBenchmark.class, "", db, 1.3, null));
            cases.add(eventCost("get", db));
            cases.add(eventCost("load", db));
            if (withLazy) {
                cases.add(standard(LazyLoadBenchmark.class, "lazy", db, 0, null));
                cases.add(standard(LazyLoadBenchmark.class, "batch", db, 0, null));
            }
        }
        return cases;
    }

    /**
     * ormkit against the JDBC baseline (or {@code baselineMethod}) with the target, against
     * Hibernate and jOOQ where they run, and every other contender against JDBC without one.
     */
    static Case standard(Class<?> workload, String group, String db, double target, String baselineMethod) {
        Case probe = new Case(workload, group, db, List.of());
        String baseline = baselineMethod != null ? baselineMethod : probe.contenders().stream()
                .filter(m -> m.getAnnotation(Variant.class).baseline()).findFirst().orElseThrow().getName();
        String ormkit = probe.contender(Implementation.ORMKIT).getName();
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison(ormkit, baseline, target));
        for (Implementation peer : List.of(Implementation.HIBERNATE, Implementation.JOOQ)) {
            Method m = probe.contender(peer);
            if (m != null) {
                comparisons.add(new Comparison(ormkit, m.getName(), AHEAD));
            }
        }
        for (Method m : probe.contenders()) {
            String name = m.getName();
            if (!name.equals(ormkit) && !name.equals(baseline)) {
                comparisons.add(new Comparison(name, baseline, 0));
            }
        }
        for (Implementation inField : List.of(Implementation.ORMKIT_BASE, Implementation.ORMKIT_ENHANCED)) {
            Method m = probe.contender(inField);
            if (m != null) {
                // the same ORM code over a model that keeps its state in a field: what Base or the enhancement saves
                comparisons.add(new Comparison(m.getName(), ormkit, 0));
            }
        }
        return new Case(workload, group, db, comparisons);
    }

    /**
     * The cost of execution events: ormkit with a no-op listener over ormkit with none, which
     * should be too small for the interval to exclude 1.00 ({@link Case.Goal#WITHIN}).
     */
    static Case eventCost(String group, String db) {
        return new Case(EventCost.class, group, db, List.of(
                new Comparison(group + "Listened", group + "Quiet", INVISIBLE, Case.Goal.WITHIN)));
    }

    /** The web-request path: ormkit against JDBC outside a transaction and inside a read-only one, and against Hibernate. */
    static Case web(String group, String db, double target) {
        return new Case(WebRequestBenchmark.class, group, db, List.of(
                new Comparison(group + "Ormkit", group + "Jdbc", target),
                new Comparison(group + "OrmkitReadOnlyTx", group + "JdbcReadOnlyTx", target),
                new Comparison(group + "Ormkit", group + "Hibernate", AHEAD),
                new Comparison(group + "JdbcReadOnlyTx", group + "Jdbc", 0),
                new Comparison(group + "OrmkitReadOnlyTx", group + "Ormkit", 0)));
    }
}
