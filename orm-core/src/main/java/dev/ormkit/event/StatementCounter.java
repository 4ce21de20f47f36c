package dev.ormkit.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.sql.StatementKind;

/**
 * Counts the statements an engine sends while it is open, by kind: the tool for tests that
 * pin down how many queries a piece of code issues (an N+1 regression shows as a count that
 * grows with the data).
 *
 * <pre>{@code
 * try (StatementCounter counter = StatementCounter.on(engine)) {
 *     service.loadDashboard();
 *     counter.close();                       // stop counting (optional)
 *     assertThat(counter.count(StatementKind.SELECT)).isEqualTo(2);
 * }
 * }</pre>
 *
 * <p>It is the helper to guard against N+1 queries in your own tests: pin what a code path
 * costs, and the test fails when someone drops an eager load or adds a lazy one in a loop.
 * <pre>{@code
 * try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(engine)) {
 *     List<User> users = session.query(User.class).options(selectinLoad(User_.posts)).all();
 *     users.forEach(u -> u.getPosts().size());
 *     assertThat(counter.selects()).isEqualTo(2);   // 1 for the users, 1 for all their posts
 * }
 * }</pre>
 * For a report of where lazy loads happen in a loop, see the session's N+1 detection
 * ({@code SessionFactory.builder(engine).nPlusOne(NPlusOneMode.RAISE)} in tests).
 *
 * <p>A statement counts once whether it succeeded or failed; an executemany sent as one JDBC
 * batch counts once (one round trip), and {@link #batchedParameterSets()} tells how many
 * parameter sets rode along. Every thread using the engine is counted. Thread-safe.
 */
public final class StatementCounter implements StatementListener, AutoCloseable {
    private final Events events;
    private final Map<StatementKind, AtomicLong> byKind = new EnumMap<>(StatementKind.class);
    private final Map<Origin, AtomicLong> byOrigin = new EnumMap<>(Origin.class);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong parameterSets = new AtomicLong();
    private final List<String> statements = new ArrayList<>();
    private volatile boolean open = true;

    private StatementCounter(Events events) {
        this.events = events;
        for (StatementKind k : StatementKind.values()) {
            byKind.put(k, new AtomicLong());
        }
        for (Origin o : Origin.values()) {
            byOrigin.put(o, new AtomicLong());
        }
    }

    /** Starts counting the statements of {@code source} (an engine); close to stop. */
    public static StatementCounter on(EventSource source) {
        StatementCounter counter = new StatementCounter(source.events());
        source.events().addStatementListener(counter);
        return counter;
    }

    @Override
    public void onStatementStart(StatementEvent event) {
        if (!open) {
            return;
        }
        total.incrementAndGet();
        byKind.get(event.kind()).incrementAndGet();
        byOrigin.get(event.origin()).incrementAndGet();
        parameterSets.addAndGet(event.batchSize());
        synchronized (statements) {
            statements.add(event.sql());
        }
    }

    @Override
    public void onStatementError(StatementEvent event, DatabaseException error) {
        if (open) {
            failed.incrementAndGet();
        }
    }

    /** Statements sent so far. */
    public long count() {
        return total.get();
    }

    /** Statements of one kind sent so far. */
    public long count(StatementKind kind) {
        return byKind.get(kind).get();
    }

    /**
     * Statements sent so far for one reason: {@code count(Origin.LAZY_LOAD)} is the lazy loads
     * a code path costs, {@code count(Origin.FLUSH)} its writes.
     */
    public long count(Origin origin) {
        return byOrigin.get(origin).get();
    }

    /** SELECT statements sent so far. */
    public long selects() {
        return count(StatementKind.SELECT);
    }

    /** INSERT statements sent so far. */
    public long inserts() {
        return count(StatementKind.INSERT);
    }

    /** UPDATE statements sent so far. */
    public long updates() {
        return count(StatementKind.UPDATE);
    }

    /** DELETE statements sent so far. */
    public long deletes() {
        return count(StatementKind.DELETE);
    }

    /** Statements the database refused. */
    public long failures() {
        return failed.get();
    }

    /** Parameter sets sent: one per plain statement, the batch size for an executemany. */
    public long batchedParameterSets() {
        return parameterSets.get();
    }

    /** The SQL of every statement counted, in the order sent. */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    /** Forgets what was counted; counting goes on. */
    public void reset() {
        total.set(0);
        failed.set(0);
        parameterSets.set(0);
        byKind.values().forEach(c -> c.set(0));
        byOrigin.values().forEach(c -> c.set(0));
        synchronized (statements) {
            statements.clear();
        }
    }

    /** Stops counting; the counts stay readable. Closing twice is harmless. */
    @Override
    public void close() {
        open = false;
        events.removeStatementListener(this);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatementCounter(").append(count()).append(" statements");
        for (Map.Entry<StatementKind, AtomicLong> e : byKind.entrySet()) {
            if (e.getValue().get() > 0) {
                sb.append(", ").append(e.getKey().tag()).append(' ')
                        .append(e.getValue().get());
            }
        }
        return sb.append(')').toString();
    }
}
