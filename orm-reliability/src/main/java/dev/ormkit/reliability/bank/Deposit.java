package dev.ormkit.reliability.bank;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** Money paid into an account; the amount must be positive (a CHECK constraint). */
@Table("rel_deposits")
public class Deposit {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false) long accountId;
    @Column(nullable = false) long amount;

    protected Deposit() {
    }

    /** A deposit of {@code amount} into {@code accountId}. */
    public Deposit(long accountId, long amount) {
        this.accountId = accountId;
        this.amount = amount;
    }

    /** The amount in cents. */
    public long getAmount() {
        return amount;
    }
}
