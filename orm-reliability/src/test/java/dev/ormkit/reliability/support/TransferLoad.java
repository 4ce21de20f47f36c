package dev.ormkit.reliability.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.reliability.bank.Ledger;

/**
 * Random transfers between a set of accounts from HTTP clients and from threads running plain
 * sessions, each with a unique request id. A request the server answers with 503 (a retryable
 * failure: lost connection, lock, timeout) or a session whose commit fails is retried with the
 * same request id, so each request is applied exactly once in the end; anything else is a
 * failure of the run.
 */
public final class TransferLoad {
    /** A transfer the bank acknowledged. */
    public record Sent(String requestId, long from, long to, long amount) {
    }

    /** What a run did. */
    public record Outcome(List<Sent> acknowledged, int timedTransfers, Latencies httpLatencies, long elapsedNanos,
            Map<String, Integer> retriedErrors, List<String> failures) {

        /** Transfers acknowledged per second after the warm-up. */
        public double throughput() {
            return timedTransfers / (elapsedNanos / 1e9);
        }

        /** How many attempts failed in a retryable way and were retried. */
        public int retries() {
            return retriedErrors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** How a session's wait for a pooled connection that timed out is labelled in {@link Outcome#retriedErrors}. */
    public static final String POOL_TIMEOUT = "(pool timeout)";
    /** The label of a request that waited too long for a pooled connection (HTTP 503). */
    public static final String HTTP_POOL_TIMEOUT = "HTTP 503 CannotCreateTransactionException";

    private static final int MAX_ATTEMPTS = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private final URI base;
    private final SessionFactory sessions;
    private final List<Long> accounts;
    private final String prefix;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Queue<Sent> acknowledged = new ConcurrentLinkedQueue<>();
    private final Latencies latencies = new Latencies();
    private final Map<String, Integer> retried = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private int warmUpTransfers;

    /**
     * A load on the application at {@code port} and on {@code sessions}, moving money between
     * {@code accounts}; request ids start with {@code prefix}.
     */
    public TransferLoad(int port, SessionFactory sessions, List<Long> accounts, String prefix) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.sessions = sessions;
        this.accounts = accounts;
        this.prefix = prefix;
    }

    /**
     * Runs the load as {@code settings} says, calling {@code during} once from the test thread
     * meanwhile. A short warm-up comes first (its transfers count for the invariants, not for
     * the timings): the first requests of a fresh JVM measure class loading, not the bank.
     */
    public Outcome run(LoadSettings settings, Runnable during) throws InterruptedException {
        warmUp(settings);
        int threads = settings.httpClients() + settings.sessionWorkers();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < settings.httpClients(); i++) {
            running.add(pool.submit(() -> loop(deadline, this::overHttp)));
        }
        for (int i = 0; i < settings.sessionWorkers(); i++) {
            running.add(pool.submit(() -> loop(deadline, this::inPlainSession)));
        }
        during.run();
        pool.shutdown();
        // a request stuck past its own timeouts is a hang: the run fails instead of waiting
        if (!pool.awaitTermination(settings.duration().toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            failures.add("load threads still running 60 s after the deadline: a hang");
        }
        for (Future<?> f : running) {
            try {
                f.get(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                failures.add("load thread died: " + e);
            }
        }
        long elapsed = System.nanoTime() - start;
        return new Outcome(List.copyOf(acknowledged), acknowledged.size() - warmUpTransfers, latencies, elapsed,
                Map.copyOf(retried), List.copyOf(failures));
    }

    private void warmUp(LoadSettings settings) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.httpClients() + settings.sessionWorkers());
        long deadline = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; i < settings.httpClients(); i++) {
            pool.submit(() -> loop(deadline, this::overHttp));
        }
        for (int i = 0; i < settings.sessionWorkers(); i++) {
            pool.submit(() -> loop(deadline, this::inPlainSession));
        }
        pool.shutdown();
        pool.awaitTermination(WARM_UP.toSeconds() + 60, TimeUnit.SECONDS);
        latencies.clear();
        warmUpTransfers = acknowledged.size();
    }

    private interface Attempt {
        /** True when applied; false to retry; throws for a failure of the run. */
        boolean send(Sent transfer) throws Exception;
    }

    private void loop(long deadline, Attempt attempt) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline && failures.size() < 20) {
            int a = random.nextInt(accounts.size());
            int b = (a + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
            Sent t = new Sent(prefix + "-" + sequence.incrementAndGet(), accounts.get(a), accounts.get(b),
                    1 + random.nextInt(100));
            try {
                boolean applied = false;
                for (int i = 0; i < MAX_ATTEMPTS && !applied; i++) {
                    applied = attempt.send(t);
                    if (!applied) {
                        Thread.sleep(20L * (i + 1));
                    }
                }
                if (applied) {
                    acknowledged.add(t);
                } else {
                    failures.add(t.requestId() + " not applied after " + MAX_ATTEMPTS + " attempts");
                }
            } catch (Exception e) {
                failures.add(t.requestId() + ": " + e);
            }
        }
    }

    private boolean overHttp(Sent t) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/transfers/" + t.requestId() + "?from=" + t.from()
                        + "&to=" + t.to() + "&amount=" + t.amount()))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - start);
        if (response.statusCode() == 200) {
            return true;
        }
        if (response.statusCode() == 503) {
            String body = response.body();
            retried.merge("HTTP 503 " + body.substring(0, Math.max(0, body.indexOf(':'))), 1, Integer::sum);
            return false;
        }
        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }

    /** Hikari's "Connection is not available, request timed out": the wait for a pooled connection. */
    private static boolean poolTimeout(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private boolean inPlainSession(Sent t) {
        try (Session session = sessions.open()) {
            new Ledger(session).transfer(t.requestId(), t.from(), t.to(), t.amount());
            session.commit();
            return true;
        } catch (DatabaseException e) {
            // the connection went away, or a lock or timeout: close() rolled back, try again
            retried.merge("session " + e.getClass().getSimpleName() + (poolTimeout(e) ? " " + POOL_TIMEOUT : ""), 1,
                    Integer::sum);
            return false;
        }
    }
}
