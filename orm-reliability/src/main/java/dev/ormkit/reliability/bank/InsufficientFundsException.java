package dev.ormkit.reliability.bank;

/** A transfer asked for more than the paying account holds; nothing was changed. */
public class InsufficientFundsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The account, what it holds and what was asked. */
    public InsufficientFundsException(long accountId, long balance, long amount) {
        super("account " + accountId + " holds " + balance + ", cannot pay " + amount);
    }
}
