package dev.ormkit.reliability;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.orm.Session;
import dev.ormkit.reliability.support.BankInvariants;
import dev.ormkit.reliability.support.Figures;
import dev.ormkit.reliability.support.LoadSettings;
import dev.ormkit.reliability.support.TransferLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrent HTTP clients and plain sessions for a bounded time: nothing lost, nothing applied
 * twice, no connection or transaction left behind; an exhausted pool fails within its timeout.
 */
abstract class LoadBehaviour extends ReliabilityTest {
    private static final long OPENING = 1_000_000;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void concurrentClientsAndSessionsLoseAndDuplicateNothing() throws Exception {
        LoadSettings settings = LoadSettings.current(5);
        String prefix = unique("load");
        List<Long> accounts = openAccounts(prefix, 8, OPENING);

        TransferLoad.Outcome outcome = new TransferLoad(port, sessionFactory, accounts, prefix).run(settings, () -> { });

        assertThat(outcome.failures()).as("failed requests").isEmpty();
        // with more clients than connections, an overloaded machine may let a wait for the pool
        // pass its 2 s timeout: a clear error the client retries; nothing else may happen
        assertThat(outcome.retriedErrors().keySet()).as("retryable errors without any fault injected")
                .allMatch(k -> k.equals(TransferLoad.HTTP_POOL_TIMEOUT) || k.endsWith(TransferLoad.POOL_TIMEOUT));
        assertThat(outcome.acknowledged()).isNotEmpty();
        BankInvariants.assertConsistent(jdbc, accounts, OPENING, outcome.acknowledged(), prefix);
        assertNothingLeaked();
        Figures.record(server(), "load", String.format(
                "clients=%d sessions=%d duration=%ds transfers=%d http-requests=%d throughput=%.0f/s p50=%.1fms p99=%.1fms"
                        + " pool-timeouts-retried=%d",
                settings.httpClients(), settings.sessionWorkers(), settings.duration().toSeconds(),
                outcome.timedTransfers(), outcome.httpLatencies().count(), outcome.throughput(),
                outcome.httpLatencies().percentileMillis(50), outcome.httpLatencies().percentileMillis(99),
                outcome.retries()));
    }

    /**
     * Slow requests hold every pooled connection: the next request fails after the pool's
     * connection timeout (2 s) with a 503 naming it, a plain session fails the same way, and
     * once the slow requests end everything works again.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anExhaustedPoolFailsWithinItsTimeoutAndRecovers() throws Exception {
        long account = openAccounts(unique("pool"), 1, 100).get(0);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int size = maximumPoolSize();
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            slow.add(http.sendAsync(HttpRequest.newBuilder(uri("/slow?millis=8000"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (pool().getActiveConnections() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pool().getActiveConnections()).as("connections held by the slow requests").isEqualTo(size);

        long start = System.nanoTime();
        HttpResponse<String> starved = http.send(HttpRequest.newBuilder(uri("/accounts/" + account + "/balance"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        long httpMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(starved.statusCode()).isEqualTo(503);
        assertThat(starved.body()).startsWith("CannotCreateTransactionException")
                .contains("Connection is not available, request timed out after");
        assertThat(httpMillis).as("time to the pool's error").isBetween(1_900L, 8_000L);

        start = System.nanoTime();
        assertThatThrownBy(() -> {
            try (Session session = sessionFactory.open()) {
                session.execute(text("SELECT 1"));
            }
        }).hasStackTraceContaining("Connection is not available, request timed out after");
        long sessionMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(sessionMillis).as("time to the plain session's error").isBetween(1_900L, 8_000L);

        for (CompletableFuture<HttpResponse<String>> s : slow) {
            HttpResponse<String> r = s.get(20, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("done");
        }
        assertNothingLeaked();
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(uri("/accounts/" + account + "/balance")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo("100");
        Figures.record(server(), "pool-exhaustion", "pool=" + size + " connection-timeout=2000ms http-error-after="
                + httpMillis + "ms session-error-after=" + sessionMillis + "ms");
    }

    private int maximumPoolSize() throws Exception {
        return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
