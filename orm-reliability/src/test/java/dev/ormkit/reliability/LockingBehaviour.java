package dev.ormkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import dev.ormkit.reliability.faults.FaultyOperations;
import dev.ormkit.reliability.jobs.JobQueue;
import dev.ormkit.reliability.support.Figures;
import dev.ormkit.reliability.support.LoadSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Concurrency control under contention, through the service layer on the injected session:
 * optimistic versions, {@code SELECT ... FOR UPDATE}, {@code SKIP LOCKED} and {@code NOWAIT}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
abstract class LockingBehaviour extends ReliabilityTest {
    @Autowired JobQueue jobs;
    @Autowired FaultyOperations faulty;

    private static int threads() {
        return LoadSettings.full() ? 16 : 6;
    }

    private static int updatesPerThread() {
        return LoadSettings.full() ? 100 : 15;
    }

    /**
     * Threads add 1 to one versioned row, read-modify-write without locks, retrying when their
     * version was taken: each version is won by exactly one update and none is lost.
     */
    @Test
    void optimisticLockingHasOneWinnerPerVersion() throws Exception {
        long account = openAccounts(unique("optimistic"), 1, 0).get(0);
        Queue<Long> wonVersions = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        runConcurrently(threads(), () -> {
            for (int done = 0; done < updatesPerThread(); ) {
                try {
                    wonVersions.add(bank.addOptimistic(account, 1));
                    done++;
                } catch (OptimisticLockingFailureException lost) {
                    conflicts.incrementAndGet();
                }
            }
            return null;
        });
        int updates = threads() * updatesPerThread();
        Map<String, Object> row = jdbc.queryForMap("SELECT balance, version FROM rel_accounts WHERE id = ?", account);
        assertThat(((Number) row.get("balance")).longValue()).as("balance: every successful update counted").isEqualTo(updates);
        assertThat(((Number) row.get("version")).longValue()).as("version: 1 + successful updates").isEqualTo(1 + updates);
        Set<Long> distinct = new HashSet<>(wonVersions);
        assertThat(distinct).as("each version won once").hasSize(updates);
        assertThat(distinct).allMatch(v -> v >= 2 && v <= 1 + updates);
        assertNothingLeaked();
        Figures.record(server(), "optimistic-locking", "threads=" + threads() + " updates=" + updates
                + " conflicts-retried=" + conflicts.get());
    }

    /** The same increments under {@code SELECT ... FOR UPDATE}: they queue, none fails, none is lost. */
    @Test
    void selectForUpdateSerialisesIncrements() throws Exception {
        long account = openAccounts(unique("for-update"), 1, 0).get(0);
        Queue<Long> versions = new ConcurrentLinkedQueue<>();
        runConcurrently(threads(), () -> {
            for (int i = 0; i < updatesPerThread(); i++) {
                versions.add(bank.addLocked(account, 1));
            }
            return null;
        });
        int updates = threads() * updatesPerThread();
        Map<String, Object> row = jdbc.queryForMap("SELECT balance, version FROM rel_accounts WHERE id = ?", account);
        assertThat(((Number) row.get("balance")).longValue()).isEqualTo(updates);
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(1 + updates);
        assertThat(new HashSet<>(versions)).hasSize(updates);
        assertNothingLeaked();
        Figures.record(server(), "select-for-update", "threads=" + threads() + " increments=" + updates + " failures=0");
    }

    /** Workers take jobs with {@code FOR UPDATE SKIP LOCKED}: every job done, each by one worker. */
    @Test
    void skipLockedHandsEachJobToExactlyOneWorker() throws Exception {
        assumeThat(server().hasLockOptions()).as(server() + " " + server().version() + " has no SKIP LOCKED").isTrue();
        int count = LoadSettings.full() ? 1_000 : 40;
        Set<Long> submitted = new HashSet<>();
        for (int i = 0; i < count; i++) {
            submitted.add(jobs.submit("job-" + i));
        }
        Queue<Long> taken = new ConcurrentLinkedQueue<>();
        AtomicInteger workerNumber = new AtomicInteger();
        runConcurrently(threads(), () -> {
            String worker = "worker-" + workerNumber.incrementAndGet();
            while (true) {
                var job = jobs.runNext(worker, j -> sleepQuietly(5));
                if (job.isEmpty()) {
                    return null;
                }
                taken.add(job.get());
            }
        });
        assertThat(taken).as("jobs taken").hasSize(count);
        assertThat(new HashSet<>(taken)).as("each job taken once").isEqualTo(submitted);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rel_jobs WHERE status = 'new'", Integer.class)).isZero();
        List<Map<String, Object>> perWorker = jdbc.queryForList(
                "SELECT worker, count(*) AS n FROM rel_job_claims GROUP BY worker");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rel_job_claims", Integer.class)).isEqualTo(count);
        assertNothingLeaked();
        Figures.record(server(), "skip-locked", "workers=" + threads() + " jobs=" + count + " workers-used="
                + perWorker.size() + " double-claims=0");
        jdbc.update("DELETE FROM rel_job_claims");
        jdbc.update("DELETE FROM rel_jobs");
    }

    /** A row another transaction holds: {@code FOR UPDATE NOWAIT} fails at once instead of waiting. */
    @Test
    void nowaitFailsFastOnALockedRow() throws Exception {
        assumeThat(server().hasLockOptions()).as(server() + " " + server().version() + " has no NOWAIT").isTrue();
        long account = openAccounts(unique("nowait"), 1, 100).get(0);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        Future<?> holding = holder.submit(() -> {
            faulty.holdRowLock(account, locked, release);
            return null;
        });
        holder.shutdown();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> bank.addNowait(account, 1));
        long millis = (System.nanoTime() - start) / 1_000_000;
        release.countDown();
        holding.get(10, TimeUnit.SECONDS);

        assertThat(thrown).isInstanceOf(CannotAcquireLockException.class).satisfies(FaultBehaviour::assertDriverError);
        assertThat(millis).as("time to fail (the lock is held 30 s)").isLessThan(5_000);
        bank.addNowait(account, 1);
        assertThat(jdbc.queryForObject("SELECT balance FROM rel_accounts WHERE id = ?", Long.class, account)).isEqualTo(101L);
        assertNothingLeaked();
        Figures.record(server(), "nowait", "failed-after=" + millis + "ms " + FaultBehaviour.describe(thrown));
    }

    private static void runConcurrently(int count, Callable<Void> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<Void>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(body));
        }
        pool.shutdown();
        for (Future<Void> f : futures) {
            f.get(3, TimeUnit.MINUTES);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
