package dev.ormkit.exc;

/** {@code one()} or {@code oneOrNone()} found more than one row. */
public class MultipleResultsException extends OrmException {
    private static final long serialVersionUID = 1L;

    private final long count;

    /** An error known only by its message (the count is unknown: -1). */
    public MultipleResultsException(String message) {
        this(message, -1);
    }

    /** {@code count} rows were found where at most one was required. */
    public MultipleResultsException(String message, long count) {
        super(message);
        this.count = count;
    }

    /**
     * How many rows were found: all of them for a Core result; for a session query, which
     * reads at most two rows to tell, 2 (so "at least 2"). -1 when not known.
     */
    public long getCount() {
        return count;
    }
}
