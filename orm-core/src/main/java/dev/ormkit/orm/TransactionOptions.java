package dev.ormkit.orm;

import java.time.Duration;
import java.util.Objects;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * Per-transaction settings of a session that owns its transaction
 * ({@link SessionFactory#open(TransactionOptions)}): isolation level, read-only and a statement
 * timeout. They are applied to the connection when the transaction begins and restored when the
 * connection goes back to the pool. Immutable: each method returns a new value.
 *
 * <pre>{@code
 * try (Session session = sessions.open(TransactionOptions.defaults()
 *         .isolation(Isolation.SERIALIZABLE).timeout(Duration.ofSeconds(5)))) { ... }
 * }</pre>
 */
public final class TransactionOptions {
    private static final TransactionOptions DEFAULTS = new TransactionOptions(null, false, null);

    private final @Nullable Isolation isolation;
    private final boolean readOnly;
    private final @Nullable Duration timeout;

    private TransactionOptions(@Nullable Isolation isolation, boolean readOnly, @Nullable Duration timeout) {
        this.isolation = isolation;
        this.readOnly = readOnly;
        this.timeout = timeout;
    }

    /** The database's and the pool's defaults: no isolation change, read-write, no timeout. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /** The isolation level of the transaction; null keeps the connection's. */
    public TransactionOptions isolation(@Nullable Isolation level) {
        return new TransactionOptions(level, readOnly, timeout);
    }

    /**
     * A read-only transaction: the session never flushes (neither before queries nor at commit,
     * and an explicit {@code flush()} is refused) and the connection is marked read-only, so
     * the database refuses writes where it can (PostgreSQL, MariaDB; SQLite through
     * {@code query_only}; H2 takes it as a hint).
     */
    public TransactionOptions readOnly(boolean readOnly) {
        return new TransactionOptions(isolation, readOnly, timeout);
    }

    /**
     * A time limit applied to every statement with {@code setQueryTimeout} (whole seconds,
     * rounded up). A statement that runs longer is cancelled and fails with an
     * {@link dev.ormkit.exc.OperationalException} that names the limit. Null: no limit.
     *
     * @throws ArgumentException when negative
     */
    public TransactionOptions timeout(@Nullable Duration t) {
        if (t != null && t.isNegative()) {
            throw new ArgumentException("A statement timeout cannot be negative: " + t);
        }
        return new TransactionOptions(isolation, readOnly, t == null || t.isZero() ? null : t);
    }

    /** The isolation level, or null for the connection's. */
    public @Nullable Isolation isolation() {
        return isolation;
    }

    /** Whether the transaction is read-only. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The statement timeout, or null for none. */
    public @Nullable Duration timeout() {
        return timeout;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransactionOptions t && t.isolation == isolation && t.readOnly == readOnly
                && Objects.equals(t.timeout, timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isolation, readOnly, timeout);
    }

    @Override
    public String toString() {
        return "TransactionOptions(isolation=" + isolation + ", readOnly=" + readOnly + ", timeout=" + timeout + ")";
    }
}
