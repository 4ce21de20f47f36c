package dev.ormkit.reliability.bank;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;
import dev.ormkit.mapping.Version;

/** An account; its balance may not go below zero (a CHECK constraint says so too). */
@Table("rel_accounts")
public class Account {
    @Column(primaryKey = true) Long id;
    @Column(length = 40, unique = true, nullable = false) String owner;
    @Column(nullable = false) long balance;
    @Version Long version;

    protected Account() {
    }

    /** A new account of {@code owner} holding {@code balance}. */
    public Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }

    /** The generated id, null before the first flush. */
    public Long getId() {
        return id;
    }

    /** The owner's name, unique among accounts. */
    public String getOwner() {
        return owner;
    }

    /** The balance in cents. */
    public long getBalance() {
        return balance;
    }

    /** Adds {@code amount} (negative to take money out); the database refuses a negative result. */
    public void add(long amount) {
        this.balance += amount;
    }

    /** The optimistic-locking version: 1 after the INSERT, one more for each UPDATE. */
    public Long getVersion() {
        return version;
    }
}
