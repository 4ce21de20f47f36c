package dev.ormkit.bench.paired;

/**
 * What an interval of a time ratio says about a target: "at most {@code target}×", which only
 * an interval wholly on one side of the target decides ({@link #of}; {@link #atMost} for an
 * interval of anything else, such as a difference in seconds); or "no difference the
 * run can see", which an interval holding the target meets ({@link #within}).
 */
public enum Verdict {
    /** The whole interval is at or below the target (for {@link #within}: holds it, narrowly enough). */
    MET("met"),
    /** The whole interval is above the target. */
    MISSED("missed"),
    /** The run cannot tell: the interval straddles the target (for {@link #within}: too wide, or wholly below). */
    UNDECIDED("undecided");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The word the report prints. */
    public String label() {
        return label;
    }

    /**
     * How far above the target an interval may reach and still call a difference invisible:
     * the interval must rule out a cost of this share or more. Without it, a run too noisy to
     * see anything (an interval of 0.6–2.5) would call every cost invisible.
     */
    public static final double SENSITIVITY = 0.05;

    /**
     * The verdict of {@code ratio} against "{@code target} lies within the interval", for a
     * numerator that does strictly more work than its denominator: met when the interval holds
     * the target and its upper bound stays within {@link #SENSITIVITY} of it (the extra work is
     * too small for the run to see, and the run could have seen 5%); missed when the whole
     * interval is above the target (the run sees it); undecided otherwise: an interval holding
     * the target but too wide to rule out 5%, or one wholly below it (more work cannot be
     * faster: the run is biased).
     */
    public static Verdict within(Interval ratio, double target) {
        if (!(target > 0)) {
            throw new IllegalArgumentException("A ratio target must be positive, got " + target);
        }
        if (ratio.low() > target) {
            return MISSED;
        }
        if (ratio.high() < target || ratio.high() > target * (1 + SENSITIVITY)) {
            return UNDECIDED;
        }
        return MET;
    }

    /** The verdict of {@code ratio} against "at most {@code target}×". */
    public static Verdict of(Interval ratio, double target) {
        if (!(target > 0)) {
            throw new IllegalArgumentException("A ratio target must be positive, got " + target);
        }
        return atMost(ratio, target);
    }

    /**
     * The verdict of any interval against "at most {@code limit}", e.g. of a paired difference
     * in seconds against "no more than 0.3 s slower", where zero and negative limits make sense.
     */
    public static Verdict atMost(Interval interval, double limit) {
        if (interval.high() <= limit) {
            return MET;
        }
        if (interval.low() > limit) {
            return MISSED;
        }
        return UNDECIDED;
    }
}
