package dev.ormkit.reliability.faults;

import static dev.ormkit.sql.Sql.text;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import dev.ormkit.orm.Session;
import dev.ormkit.reliability.bank.Account;
import dev.ormkit.reliability.bank.Ledger;
import dev.ormkit.sql.ForUpdate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transactions written to meet a fault at a chosen point: each is an ordinary
 * {@code @Transactional} method on the injected session, with a hook where the test breaks
 * something (kills the connection, waits for the other side of a deadlock, ...).
 */
@Service
public class FaultyOperations {
    private final Session session;

    FaultyOperations(Session session) {
        this.session = session;
    }

    /** Opens an account, flushes, runs {@code fault}, then opens a second one and flushes again. */
    @Transactional
    public void openTwoWithFaultBetween(String owner, Runnable fault) {
        session.add(new Account(owner + "-a", 100));
        session.flush();
        fault.run();
        session.add(new Account(owner + "-b", 100));
        session.flush();
    }

    /** Opens an account and flushes, runs {@code fault}, and returns: the commit comes after the fault. */
    @Transactional
    public void openWithFaultBeforeCommit(String owner, Runnable fault) {
        session.add(new Account(owner, 100));
        session.flush();
        fault.run();
    }

    /**
     * Adds 1 to {@code first}, waits until the other caller has done the same to its first
     * account, then adds 1 to {@code second}: two callers in opposite order deadlock.
     */
    @Transactional
    public void addToBothInOrder(long first, long second, CyclicBarrier bothHoldTheirFirst) throws Exception {
        session.get(Account.class, first).add(1);
        session.flush();
        bothHoldTheirFirst.await(10, TimeUnit.SECONDS);
        session.get(Account.class, second).add(1);
        session.flush();
    }

    /** Deposits, then runs {@code sleepSql}, in a transaction of one second at most. */
    @Transactional(timeout = 1)
    public void depositThenSleep(long accountId, String sleepSql) {
        new Ledger(session).depositAll(accountId, List.of(5L));
        session.flush();
        session.execute(text(sleepSql));
    }

    /** Locks the account's row, says so, and keeps it until {@code release} opens. */
    @Transactional
    public void holdRowLock(long accountId, CountDownLatch locked, CountDownLatch release) throws InterruptedException {
        new Ledger(session).lock(accountId, ForUpdate.update());
        locked.countDown();
        release.await(30, TimeUnit.SECONDS);
    }

    /** Keeps a pooled connection busy for {@code millis}, as a slow request does. */
    @Transactional
    public void holdConnection(long millis) throws InterruptedException {
        session.execute(text("SELECT 1"));
        Thread.sleep(millis);
    }
}
