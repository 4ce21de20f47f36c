package dev.ormkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.reliability.support.BankInvariants;
import dev.ormkit.reliability.support.Figures;
import dev.ormkit.reliability.support.Latencies;
import dev.ormkit.reliability.support.LoadSettings;
import dev.ormkit.reliability.support.OutageProbe;
import dev.ormkit.reliability.support.ServerControl;
import dev.ormkit.reliability.support.TransferLoad;
import dev.ormkit.reliability.support.TransferLoad.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The database server restarted (stopped, then started, as its operator would) while HTTP
 * clients and plain sessions send transfers. Requests meeting the outage fail with a clear,
 * retryable error within the pool's bound, never hang; the pool recovers by itself once the
 * server is back; in the end every acknowledged transfer is stored once and the invariants
 * hold. Restarting a shared server disturbs whatever else uses it, so the test runs only with
 * {@code -Dormkit.reliability.restart=true} (each server's class is disabled without it, and
 * {@link ServerControl#restart()} refuses); the server is started again whatever happens.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
abstract class RestartBehaviour extends ReliabilityTest {
    /** Why the test is skipped without {@code -Dormkit.reliability.restart=true}. */
    static final String SKIPPED = "restarts the shared database server: run with -D" + ServerControl.ENABLED
            + "=true (docs/RELIABILITY.md)";

    private static final long OPENING = 1_000_000;
    /** Beyond the pool's connection timeout, what a starved CPU may add to a failing request. */
    private static final long SLACK_MILLIS = 6_000;
    /** From the server answering again to the first request it serves. */
    private static final long RECOVERY_BOUND_MILLIS = 15_000;
    /** After recovery, how long dead connections may still surface before only pool waits are accepted. */
    private static final long SETTLING_MILLIS = 5_000;
    /** The 503 body, "Exception: message (RootCause: message)", and the root cause's name in it. */
    private static final Pattern ROOT_CAUSE = Pattern.compile("\\((\\w+): ");

    @AfterEach
    void serverRunsAgain() {
        new ServerControl(server()).ensureRunning();
    }

    @Test
    void serverRestartedDuringLoad() throws Exception {
        LoadSettings settings = LoadSettings.current(20);
        String prefix = unique("restart");
        List<Long> accounts = openAccounts(prefix, 8, OPENING);
        ServerControl control = new ServerControl(server());
        long connectionTimeout = dataSource.unwrap(HikariDataSource.class).getConnectionTimeout();
        long restartAfter = Math.max(3_000, settings.duration().toMillis() / 4);
        long[] restart = new long[2]; // started at, the commands' milliseconds

        TransferLoad load = new TransferLoad(port, sessionFactory, accounts, prefix);
        TransferLoad.Outcome outcome;
        OutageProbe[] started = new OutageProbe[1];
        try {
            outcome = load.run(settings, () -> {
                pause(restartAfter);
                started[0] = new OutageProbe(control);
                restart[0] = System.nanoTime();
                restart[1] = control.restart();
            });
        } finally {
            // whatever failed, including an interrupt from the timeout: the server must run again
            boolean interrupted = Thread.interrupted();
            try {
                control.ensureRunning();
            } finally {
                if (started[0] != null) {
                    started[0].close();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        OutageProbe probe = started[0];
        assertThat(outcome.failures()).as("requests not applied in the end, or hung").isEmpty();
        assertThat(probe.sawOutageEnd()).as("the server seen down, then up again, by a client outside the pool").isTrue();
        List<Call> calls = load.calls();
        List<Call> failed = calls.stream().filter(c -> !c.ok()).toList();
        assertThat(failed).as("attempts that met the restart").isNotEmpty();
        assertThat(failed).as("failed attempts: a 503 or an ormkit exception, naming the exception")
                .allSatisfy(c -> assertThat(c.detail()).matches("(?s)\\w+(Exception|Error)\\b.*"));

        long bound = connectionTimeout + SLACK_MILLIS;
        long downAt = probe.downAt();
        long upAt = probe.upAt();
        List<Call> duringOutage = calls.stream().filter(c -> c.startNanos() >= restart[0] && c.startNanos() <= upAt).toList();
        long longestDuring = duringOutage.stream().mapToLong(Call::elapsedNanos).max().orElse(0) / 1_000_000;
        assertThat(longestDuring).as("longest attempt started during the outage (pool timeout %d ms + %d ms): no hang",
                connectionTimeout, SLACK_MILLIS).isLessThanOrEqualTo(bound);

        Optional<Call> firstServed = calls.stream().filter(c -> c.http() && c.ok() && c.startNanos() >= downAt)
                .min(Comparator.comparingLong(Call::endNanos));
        assertThat(firstServed).as("an HTTP request served after the server was back (load too short?)").isPresent();
        long recoveredAt = firstServed.get().endNanos();
        long recoveryMillis = (recoveredAt - upAt) / 1_000_000;
        assertThat(recoveryMillis).as("from the server answering again to the first request served")
                .isLessThanOrEqualTo(RECOVERY_BOUND_MILLIS);
        long settled = recoveredAt + TimeUnit.MILLISECONDS.toNanos(SETTLING_MILLIS);
        assertThat(failed.stream().filter(c -> c.startNanos() > settled).map(Call::error).distinct())
                .as("errors %d ms after recovery: only waits for the pool that passed its timeout", SETTLING_MILLIS)
                .allMatch(e -> e.equals(TransferLoad.HTTP_POOL_TIMEOUT) || e.endsWith(TransferLoad.POOL_TIMEOUT));

        BankInvariants.assertConsistent(jdbc, accounts, OPENING, outcome.acknowledged(), prefix);
        assertNothingLeaked();

        long first = calls.stream().mapToLong(Call::startNanos).min().orElseThrow();
        long last = calls.stream().mapToLong(Call::endNanos).max().orElseThrow();
        long failedAfterRecovery = failed.stream().filter(c -> c.startNanos() >= recoveredAt).count();
        Figures.record(server(), "fault server-restart", String.format("clients=%d sessions=%d duration=%ds"
                        + " restart-command=%dms outage=%dms (probe every 100 ms) first-request-served-after=%dms"
                        + " restart-to-served=%dms failed-attempts=%d (after recovery %d) longest-failed=%dms errors=%s"
                        + " before:%s outage:%s after:%s transfers=%d",
                settings.httpClients(), settings.sessionWorkers(), settings.duration().toSeconds(), restart[1],
                probe.outageMillis(), recoveryMillis, (recoveredAt - restart[0]) / 1_000_000, failed.size(),
                failedAfterRecovery, failed.stream().mapToLong(Call::elapsedNanos).max().orElse(0) / 1_000_000,
                kinds(failed),
                window(calls, first, restart[0]), window(calls, restart[0], recoveredAt), window(calls, recoveredAt, last),
                outcome.acknowledged().size()));
        Figures.record(server(), "fault server-restart errors", examples(failed).toString());
    }

    /** Failed attempts counted by error and root cause, e.g. {@code HTTP 503 CannotCreate... (PSQLException)=12}. */
    private static Map<String, Integer> kinds(List<Call> failed) {
        Map<String, Integer> kinds = new TreeMap<>();
        failed.forEach(c -> kinds.merge(kind(c), 1, Integer::sum));
        return kinds;
    }

    /** The first failed attempt of each kind, its text shortened: what the client was told. */
    private static Map<String, String> examples(List<Call> failed) {
        Map<String, String> examples = new TreeMap<>();
        failed.forEach(c -> examples.putIfAbsent(kind(c),
                c.detail().length() <= 300 ? c.detail() : c.detail().substring(0, 300) + "..."));
        return examples;
    }

    private static String kind(Call c) {
        Matcher root = ROOT_CAUSE.matcher(c.detail());
        String cause = "";
        while (root.find()) {
            cause = " (" + root.group(1) + ")";
        }
        return c.error() + cause;
    }

    /** HTTP requests served per second and the p99 of all HTTP attempts started within {@code [from, to)}. */
    private static String window(List<Call> calls, long from, long to) {
        Predicate<Call> within = c -> c.http() && c.startNanos() >= from && c.startNanos() < to;
        Latencies latencies = new Latencies();
        calls.stream().filter(within).forEach(c -> latencies.add(c.elapsedNanos()));
        long served = calls.stream().filter(within).filter(Call::ok).count();
        double seconds = Math.max(1e-3, (to - from) / 1e9);
        return String.format("%.1fs,%.0f/s,p99=%.0fms", seconds, served / seconds, latencies.percentileMillis(99));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
