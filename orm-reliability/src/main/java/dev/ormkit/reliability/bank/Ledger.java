package dev.ormkit.reliability.bank;

import java.util.List;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.ForUpdate;

/**
 * The bank's rules on a session, whoever opened it: the Spring services pass the session of
 * the current transaction, batch jobs one they opened themselves. Accounts are locked in id
 * order, so two transfers between the same accounts queue instead of deadlocking.
 */
public final class Ledger {
    private final Session session;

    /** The ledger on {@code session}; it neither commits nor closes it. */
    public Ledger(Session session) {
        this.session = session;
    }

    /**
     * Moves {@code amount} from one account to another once per {@code requestId}: a retried
     * request finds its transfer and changes nothing.
     *
     * @throws InsufficientFundsException when the paying account holds less than {@code amount}
     */
    public Transfer transfer(String requestId, long from, long to, long amount) {
        Transfer done = session.query(Transfer.class).filterBy("requestId", requestId).first();
        if (done != null) {
            return done;
        }
        List<Account> locked = session.query(Account.class)
                .filter(Account_.id.in(from, to))
                .orderBy(Account_.id.asc())
                .withForUpdate(ForUpdate.update())
                .all();
        Account payer = find(locked, from);
        Account payee = find(locked, to);
        if (payer.getBalance() < amount) {
            throw new InsufficientFundsException(from, payer.getBalance(), amount);
        }
        payer.add(-amount);
        payee.add(amount);
        Transfer transfer = new Transfer(requestId, from, to, amount);
        session.add(transfer);
        return transfer;
    }

    /** Pays each of {@code amounts} into the account, one deposit row each, all or nothing. */
    public void depositAll(long accountId, List<Long> amounts) {
        Account account = lock(accountId, ForUpdate.update());
        for (long amount : amounts) {
            session.add(new Deposit(accountId, amount));
            account.add(amount);
        }
    }

    /** The account, its row locked with {@code lock} until the transaction ends. */
    public Account lock(long accountId, ForUpdate lock) {
        Account account = session.query(Account.class).filter(Account_.id.eq(accountId)).withForUpdate(lock).first();
        if (account == null) {
            throw new IllegalArgumentException("no account with id " + accountId);
        }
        return account;
    }

    private static Account find(List<Account> accounts, long id) {
        return accounts.stream().filter(a -> a.getId() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account with id " + id));
    }
}
