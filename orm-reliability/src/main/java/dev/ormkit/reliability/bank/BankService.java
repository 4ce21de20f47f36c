package dev.ormkit.reliability.bank;

import java.util.List;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.ForUpdate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank's transactions, each one Spring transaction on the session bound to it. */
@Service
public class BankService {
    private final Session session;
    private final AccountRepository accounts;
    private final CurrentLedger ledger;

    /** The service on the current session, the account repository and the ledger. */
    public BankService(Session session, AccountRepository accounts, CurrentLedger ledger) {
        this.session = session;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Opens an account holding {@code balance}. */
    @Transactional
    public Account open(String owner, long balance) {
        return accounts.save(new Account(owner, balance));
    }

    /** See {@link Ledger#transfer}. */
    @Transactional
    public Transfer transfer(String requestId, long from, long to, long amount) {
        return ledger.transfer(requestId, from, to, amount);
    }

    /** See {@link Ledger#depositAll}. */
    @Transactional
    public void depositAll(long accountId, List<Long> amounts) {
        ledger.depositAll(accountId, amounts);
    }

    /**
     * Adds {@code amount} without locking the row: read, change, and an UPDATE checking the
     * version read. A concurrent change makes it fail with Spring's
     * {@code OptimisticLockingFailureException}; the caller retries.
     *
     * @return the account's version after this change
     */
    @Transactional
    public long addOptimistic(long accountId, long amount) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no account with id " + accountId));
        account.add(amount);
        accounts.save(account);
        session.flush();
        return account.getVersion();
    }

    /** Adds {@code amount} under the row's lock ({@code SELECT ... FOR UPDATE}): concurrent callers queue. */
    @Transactional
    public long addLocked(long accountId, long amount) {
        Account account = ledger.lock(accountId, ForUpdate.update());
        account.add(amount);
        session.flush();
        return account.getVersion();
    }

    /**
     * Adds {@code amount} if the row is free ({@code FOR UPDATE NOWAIT}): a row another
     * transaction holds fails at once with Spring's {@code CannotAcquireLockException} instead
     * of waiting.
     */
    @Transactional
    public void addNowait(long accountId, long amount) {
        ledger.lock(accountId, ForUpdate.update().nowait()).add(amount);
    }

    /** The account's balance as committed. */
    @Transactional(readOnly = true)
    public long balance(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no account with id " + accountId)).getBalance();
    }
}
