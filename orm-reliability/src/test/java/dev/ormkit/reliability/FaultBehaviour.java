package dev.ormkit.reliability;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.orm.Session;
import dev.ormkit.reliability.bank.Account;
import dev.ormkit.reliability.bank.Ledger;
import dev.ormkit.reliability.faults.FaultyOperations;
import dev.ormkit.reliability.support.BankInvariants;
import dev.ormkit.reliability.support.Figures;
import dev.ormkit.reliability.support.LoadSettings;
import dev.ormkit.reliability.support.TransferLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Faults injected into running transactions. Each time: the transaction fails as a whole with
 * the database's own error in the cause chain and Spring's type for it, nothing it wrote
 * stays, no connection or open transaction is left behind, and the next transaction works.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
abstract class FaultBehaviour extends ReliabilityTest {
    @Autowired FaultyOperations faulty;
    @Autowired PlatformTransactionManager transactionManager;

    private void killThisTransactionsConnection() {
        long backend = jdbc.queryForObject(server().backendIdSql(), Long.class); // the transaction's connection
        server().kill(backend);
        pause(200);
    }

    /**
     * The connection dies between two flushes. The flush fails with Spring's
     * {@code DataAccessResourceFailureException}; Spring's rollback then fails too (the pool has
     * closed the broken connection) and, as Spring does, raises a
     * {@code TransactionSystemException} carrying that original error as its application
     * exception. A transaction of {@code JdbcTemplate} alone ends the same way.
     */
    @Test
    void connectionKilledMidTransaction() throws Exception {
        String owner = unique("killed-mid");
        Throwable thrown = catchThrowable(() -> faulty.openTwoWithFaultBetween(owner, this::killThisTransactionsConnection));

        assertConnectionFailure(thrown);
        assertThat(ownedBy(owner)).as("rows of the killed transaction").isZero();
        assertRecovered(owner);

        Throwable jdbcAlone = catchThrowable(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            jdbc.update("INSERT INTO rel_accounts (owner, balance, version) VALUES (?, 1, 1)", owner + "-jdbc");
            killThisTransactionsConnection();
            jdbc.update("INSERT INTO rel_accounts (owner, balance, version) VALUES (?, 1, 1)", owner + "-jdbc2");
        }));
        assertThat(jdbcAlone).as("JdbcTemplate alone").isExactlyInstanceOf(thrown.getClass());
        assertThat(ownedBy(owner)).isEqualTo(1);
        assertNothingLeaked();
        Figures.record(server(), "fault killed-mid-transaction", describe(thrown) + " jdbc-alone=" + describe(jdbcAlone));
    }

    /**
     * The connection dies after the last flush: the commit fails and nothing stays. Spring
     * then rolls back on the connection the pool has already closed, and that failure replaces
     * the commit's error (Spring logs the commit's error, "Commit exception overridden by
     * rollback exception"); the caller sees a {@code TransactionSystemException}. A transaction
     * of {@code JdbcTemplate} alone ends the same way.
     */
    @Test
    void connectionKilledBetweenFlushAndCommit() throws Exception {
        String owner = unique("killed-commit");
        Throwable thrown = catchThrowable(() -> faulty.openWithFaultBeforeCommit(owner, this::killThisTransactionsConnection));

        assertThat(thrown).isInstanceOfAny(TransactionSystemException.class, DataAccessResourceFailureException.class,
                TransientDataAccessException.class);
        assertThat(ownedBy(owner)).as("rows flushed before the failed commit").isZero();
        assertRecovered(owner);

        Throwable jdbcAlone = catchThrowable(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            jdbc.update("INSERT INTO rel_accounts (owner, balance, version) VALUES (?, 1, 1)", owner + "-jdbc");
            killThisTransactionsConnection();
        }));
        assertThat(jdbcAlone).as("JdbcTemplate alone").isExactlyInstanceOf(thrown.getClass());
        assertThat(ownedBy(owner)).isEqualTo(1);
        assertNothingLeaked();
        Figures.record(server(), "fault killed-before-commit", describe(thrown) + " jdbc-alone=" + describe(jdbcAlone));
    }

    /**
     * A lost connection as the caller sees it: Spring's retryable type, either thrown or, when
     * the rollback that followed failed as well, kept as the application exception of the
     * {@code TransactionSystemException} Spring throws instead; the driver's error at the root.
     */
    private static void assertConnectionFailure(Throwable thrown) {
        Throwable original = thrown instanceof TransactionSystemException tse && tse.getApplicationException() != null
                ? tse.getApplicationException() : thrown;
        assertThat(original).isInstanceOfAny(DataAccessResourceFailureException.class, TransientDataAccessException.class);
        assertThat(original).satisfies(FaultBehaviour::assertDriverError);
    }

    /** A plain session whose connection dies: the error, then rollback, then the same session works. */
    @Test
    void plainSessionSurvivesItsConnectionBeingKilled() throws Exception {
        String owner = unique("killed-session");
        Throwable thrown;
        try (Session session = sessionFactory.open()) {
            session.add(new Account(owner + "-a", 1));
            session.flush();
            Number backend = session.scalar(text(server().backendIdSql()));
            server().kill(backend.longValue());
            pause(200);
            thrown = catchThrowable(() -> {
                session.add(new Account(owner + "-b", 1));
                session.flush();
            });
            assertThat(thrown).isInstanceOf(DatabaseException.class).satisfies(FaultBehaviour::assertDriverError);
            session.rollback();
            session.add(new Account(owner + "-c", 1));
            session.commit();
        }
        assertThat(jdbc.queryForList("SELECT owner FROM rel_accounts WHERE owner LIKE ?", String.class, owner + "-%"))
                .containsExactly(owner + "-c");
        assertNothingLeaked();
        Figures.record(server(), "fault killed-plain-session", describe(thrown));
    }

    /**
     * Every connection of the pool killed, twice, while clients send transfers (what a server
     * restart does to a pool): requests in flight fail with 503 and are retried with the same
     * request id; in the end every transfer is applied once and the invariants hold.
     */
    @Test
    void allConnectionsKilledDuringLoad() throws Exception {
        LoadSettings settings = LoadSettings.current(5);
        String prefix = unique("killall");
        List<Long> accounts = openAccounts(prefix, 8, 1_000_000);
        AtomicInteger killed = new AtomicInteger();
        long third = settings.duration().toMillis() / 3;

        TransferLoad.Outcome outcome = new TransferLoad(port, sessionFactory, accounts, prefix).run(settings, () -> {
            pause(third);
            killed.addAndGet(server().killAll());
            pause(third);
            killed.addAndGet(server().killAll());
        });

        assertThat(outcome.failures()).as("requests that failed for good").isEmpty();
        assertThat(killed.get()).as("connections killed").isPositive();
        assertThat(outcome.retries()).as("requests that met a killed connection and were retried").isPositive();
        BankInvariants.assertConsistent(jdbc, accounts, 1_000_000, outcome.acknowledged(), prefix);
        assertNothingLeaked();
        Figures.record(server(), "fault all-connections-killed", String.format(
                "clients=%d sessions=%d duration=%ds connections-killed=%d transfers=%d retried=%s p99=%.1fms",
                settings.httpClients(), settings.sessionWorkers(), settings.duration().toSeconds(), killed.get(),
                outcome.timedTransfers(), outcome.retriedErrors(), outcome.httpLatencies().percentileMillis(99)));
    }

    /** Two services lock the same two rows in opposite order: one is chosen to fail, the other commits. */
    @Test
    void deadlockFailsOneSideWithARetryableException() throws Exception {
        List<Long> ids = openAccounts(unique("deadlock"), 2, 100);
        long a = ids.get(0);
        long b = ids.get(1);
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<?>> sides = new ArrayList<>();
        sides.add(two.submit(() -> {
            faulty.addToBothInOrder(a, b, barrier);
            return null;
        }));
        sides.add(two.submit(() -> {
            faulty.addToBothInOrder(b, a, barrier);
            return null;
        }));
        two.shutdown();
        List<Throwable> failed = new ArrayList<>();
        for (Future<?> side : sides) {
            try {
                side.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failed.add(e.getCause());
            }
        }
        assertThat(failed).as("sides that lost the deadlock").hasSize(1);
        Throwable loser = failed.get(0);
        assertThat(loser).isInstanceOf(PessimisticLockingFailureException.class)
                .satisfies(FaultBehaviour::assertDriverError);
        assertThat(balances(ids)).as("the winner's changes only").containsExactly(101L, 101L);

        faulty.addToBothInOrder(b, a, new CyclicBarrier(1)); // the loser's retry
        assertThat(balances(ids)).containsExactly(102L, 102L);
        assertNothingLeaked();
        Figures.record(server(), "fault deadlock", describe(loser));
    }

    /** {@code @Transactional(timeout = 1)} around a statement sleeping 30 s. */
    @Test
    void statementTimeoutEndsTheTransaction() throws Exception {
        long account = openAccounts(unique("timeout"), 1, 100).get(0);
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> faulty.depositThenSleep(account, server().sleepSql(30)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(thrown).isInstanceOf(QueryTimeoutException.class);
        assertThat(millis).as("time to the timeout").isLessThan(8_000);
        assertThat(depositsOf(account)).as("deposit written before the timeout").isZero();
        assertThat(balances(List.of(account))).containsExactly(100L);
        bank.depositAll(account, List.of(5L));
        assertThat(balances(List.of(account))).containsExactly(105L);
        assertNothingLeaked();
        Figures.record(server(), "fault statement-timeout", "after=" + millis + "ms " + describe(thrown));
    }

    /** A batch whose third row breaks a CHECK constraint (how a full disk or a quota would fail it). */
    @Test
    void constraintViolationMidBatchWritesNothing() throws Exception {
        long account = openAccounts(unique("check"), 1, 100).get(0);
        Throwable thrown = catchThrowable(() -> bank.depositAll(account, List.of(10L, 20L, 0L, 30L)));

        assertThat(thrown).isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(FaultBehaviour::assertDriverError)
                .hasStackTraceContaining("ck_rel_deposits_amount");
        assertThat(depositsOf(account)).as("deposits of the failed batch").isZero();
        assertThat(balances(List.of(account))).containsExactly(100L);
        bank.depositAll(account, List.of(10L, 20L, 30L));
        assertThat(balances(List.of(account))).containsExactly(160L);
        assertNothingLeaked();
        Figures.record(server(), "fault check-violation-mid-batch", describe(thrown));
    }

    /** The same failure in a plain session: after {@code rollback()} the session takes new work. */
    @Test
    void plainSessionIsUsableAfterRollingBackAFailedBatch() throws Exception {
        long account = openAccounts(unique("check-session"), 1, 100).get(0);
        try (Session session = sessionFactory.open()) {
            assertThatThrownBy(() -> {
                new Ledger(session).depositAll(account, List.of(10L, 0L));
                session.flush();
            }).isInstanceOf(IntegrityException.class).hasStackTraceContaining("ck_rel_deposits_amount");
            session.rollback();
            new Ledger(session).depositAll(account, List.of(7L));
            session.commit();
        }
        assertThat(depositsOf(account)).isEqualTo(1);
        assertThat(balances(List.of(account))).containsExactly(107L);
        assertNothingLeaked();
    }

    private void assertRecovered(String owner) throws Exception {
        assertNothingLeaked();
        assertThat(bank.open(owner + "-after", 1).getId()).as("a transaction after the fault").isNotNull();
        assertThat(ownedBy(owner)).isEqualTo(1);
    }

    private int ownedBy(String owner) {
        return jdbc.queryForObject("SELECT count(*) FROM rel_accounts WHERE owner LIKE ?", Integer.class, owner + "%");
    }

    private int depositsOf(long account) {
        return jdbc.queryForObject("SELECT count(*) FROM rel_deposits WHERE account_id = ?", Integer.class, account);
    }

    private List<Long> balances(List<Long> ids) {
        List<Long> out = new ArrayList<>();
        for (long id : ids) {
            out.add(jdbc.queryForObject("SELECT balance FROM rel_accounts WHERE id = ?", Long.class, id));
        }
        return out;
    }

    /** The driver's own error is in the cause chain: the caller can see what the database said. */
    static void assertDriverError(Throwable thrown) {
        assertThat((Throwable) driverError(thrown)).as("the driver's SQLException among the causes of " + thrown).isNotNull();
    }

    /** The deepest SQLException among the causes, or null. */
    private static SQLException driverError(Throwable thrown) {
        SQLException found = null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return found;
    }

    /** The Spring type and the driver's SQLSTATE and code, for the figures. */
    static String describe(Throwable thrown) {
        Throwable top = thrown instanceof TransactionSystemException tse && tse.getApplicationException() != null
                ? tse.getApplicationException() : thrown;
        SQLException driver = driverError(top);
        Throwable root = driver != null ? driver : top;
        String state = root instanceof SQLException sql ? " sqlstate=" + sql.getSQLState() + " code=" + sql.getErrorCode() : "";
        String original = thrown instanceof TransactionSystemException tse && tse.getApplicationException() != null
                ? " original=" + tse.getApplicationException().getClass().getSimpleName() : "";
        return "caller-got=" + thrown.getClass().getSimpleName() + original + " root=" + root.getClass().getSimpleName() + state;
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
