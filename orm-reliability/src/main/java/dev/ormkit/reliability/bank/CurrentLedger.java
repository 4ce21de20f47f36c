package dev.ormkit.reliability.bank;

import java.util.List;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.ForUpdate;
import org.springframework.stereotype.Repository;

/**
 * The {@link Ledger} on the session of the current transaction. A {@code @Repository}, so that
 * errors raised while its queries run (a lock not granted, a lost connection) reach the
 * services as Spring's {@code DataAccessException}s: the injected session translates what its
 * own methods raise, but a {@code Query} it returned runs on its own.
 */
@Repository
public class CurrentLedger {
    private final Session session;

    /** The ledger on the injected (current) session. */
    public CurrentLedger(Session session) {
        this.session = session;
    }

    /** See {@link Ledger#transfer}. */
    public Transfer transfer(String requestId, long from, long to, long amount) {
        return new Ledger(session).transfer(requestId, from, to, amount);
    }

    /** See {@link Ledger#depositAll}. */
    public void depositAll(long accountId, List<Long> amounts) {
        new Ledger(session).depositAll(accountId, amounts);
    }

    /** See {@link Ledger#lock}. */
    public Account lock(long accountId, ForUpdate lock) {
        return new Ledger(session).lock(accountId, lock);
    }
}
