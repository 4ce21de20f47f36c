package dev.ormkit.bench.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Only an interval wholly on one side of a target decides it. */
class VerdictTest {
    @Test
    void intervalAtOrBelowTheTargetMeetsIt() {
        assertThat(Verdict.of(new Interval(1.1, 1.0, 1.2), 1.3)).isEqualTo(Verdict.MET);
        assertThat(Verdict.of(new Interval(1.2, 1.1, 1.3), 1.3)).isEqualTo(Verdict.MET);
    }

    @Test
    void intervalWhollyAboveTheTargetMissesIt() {
        assertThat(Verdict.of(new Interval(1.5, 1.31, 1.7), 1.3)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void intervalAcrossTheTargetIsUndecided() {
        assertThat(Verdict.of(new Interval(1.25, 1.1, 1.4), 1.3)).isEqualTo(Verdict.UNDECIDED);
        // the lower bound on the target itself: not wholly above it
        assertThat(Verdict.of(new Interval(1.4, 1.3, 1.5), 1.3)).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void aDifferenceIsJudgedAgainstAnyLimit() {
        assertThat(Verdict.atMost(new Interval(0.1, -0.05, 0.3), 0.3)).isEqualTo(Verdict.MET);
        assertThat(Verdict.atMost(new Interval(0.4, 0.31, 0.5), 0.3)).isEqualTo(Verdict.MISSED);
        assertThat(Verdict.atMost(new Interval(0.3, 0.2, 0.45), 0.3)).isEqualTo(Verdict.UNDECIDED);
        // a limit of zero, which a ratio target refuses: "no slower at all"
        assertThat(Verdict.atMost(new Interval(-0.2, -0.3, -0.1), 0)).isEqualTo(Verdict.MET);
    }

    @Test
    void aCostTooSmallToSeeLeavesTheTargetInsideTheInterval() {
        assertThat(Verdict.within(new Interval(1.01, 0.97, 1.04), 1.0)).isEqualTo(Verdict.MET);
        // a bound on the target still holds it
        assertThat(Verdict.within(new Interval(1.02, 1.0, 1.04), 1.0)).isEqualTo(Verdict.MET);
        assertThat(Verdict.within(new Interval(0.98, 0.96, 1.0), 1.0)).isEqualTo(Verdict.MET);
        assertThat(Verdict.within(new Interval(1.01, 0.99, 1.05), 1.0)).isEqualTo(Verdict.MET);
    }

    @Test
    void anIntervalTooWideToRuleOutFivePercentCannotCallACostInvisible() {
        assertThat(Verdict.within(new Interval(0.91, 0.65, 2.45), 1.0)).isEqualTo(Verdict.UNDECIDED);
        assertThat(Verdict.within(new Interval(1.0, 0.99, 1.06), 1.0)).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void aCostTheRunSeesPutsTheWholeIntervalAboveTheTarget() {
        assertThat(Verdict.within(new Interval(1.04, 1.02, 1.06), 1.0)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void moreWorkMeasuredFasterIsABiasNotAVerdict() {
        assertThat(Verdict.within(new Interval(0.95, 0.93, 0.97), 1.0)).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void theComparisonPicksTheVerdictOfItsGoal() {
        Interval belowOne = new Interval(0.95, 0.93, 0.97);
        assertThat(new Case.Comparison("a", "b", 1.0).verdict(belowOne)).isEqualTo(Verdict.MET);
        assertThat(new Case.Comparison("a", "b", 1.0, Case.Goal.WITHIN).verdict(belowOne)).isEqualTo(Verdict.UNDECIDED);
        assertThat(new Case.Comparison("a", "b", 1.3).targetText()).isEqualTo("≤ 1.30");
        assertThat(new Case.Comparison("a", "b", 1.0, Case.Goal.WITHIN).targetText()).isEqualTo("1.00 in interval, ≤ 1.05");
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> Verdict.within(new Interval(1, 1, 1), 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> Verdict.of(new Interval(1, 1, 1), 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Interval(1.0, 1.1, 1.2)).hasMessageContaining("out of order");
    }
}
