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
    void badInputsAreRefused() {
        assertThatThrownBy(() -> Verdict.of(new Interval(1, 1, 1), 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Interval(1.0, 1.1, 1.2)).hasMessageContaining("out of order");
    }
}
