package dev.ormkit.bench.paired;

/**
 * What an interval of a time ratio says about a target "at most {@code target}×": only an
 * interval wholly on one side of the target decides.
 */
public enum Verdict {
    /** The whole interval is at or below the target. */
    MET("met"),
    /** The whole interval is above the target. */
    MISSED("missed"),
    /** The interval straddles the target: the run cannot tell. */
    UNDECIDED("undecided");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The word the report prints. */
    public String label() {
        return label;
    }

    /** The verdict of {@code ratio} against "at most {@code target}×". */
    public static Verdict of(Interval ratio, double target) {
        if (!(target > 0)) {
            throw new IllegalArgumentException("A ratio target must be positive, got " + target);
        }
        if (ratio.high() <= target) {
            return MET;
        }
        if (ratio.low() > target) {
            return MISSED;
        }
        return UNDECIDED;
    }
}
