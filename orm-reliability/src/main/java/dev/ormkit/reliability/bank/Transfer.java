package dev.ormkit.reliability.bank;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** Money moved between two accounts, recorded once per request id (the client's idempotency key). */
@Table("rel_transfers")
public class Transfer {
    @Column(primaryKey = true) Long id;
    @Column(length = 40, unique = true, nullable = false) String requestId;
    @Column(nullable = false) long fromAccount;
    @Column(nullable = false) long toAccount;
    @Column(nullable = false) long amount;

    protected Transfer() {
    }

    /** A transfer of {@code amount} from one account to another, for the request {@code requestId}. */
    public Transfer(String requestId, long fromAccount, long toAccount, long amount) {
        this.requestId = requestId;
        this.fromAccount = fromAccount;
        this.toAccount = toAccount;
        this.amount = amount;
    }

    /** The generated id. */
    public Long getId() {
        return id;
    }

    /** The client's key for this transfer: a retried request finds the transfer it already made. */
    public String getRequestId() {
        return requestId;
    }

    /** The amount in cents. */
    public long getAmount() {
        return amount;
    }
}
