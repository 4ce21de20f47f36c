package dev.ormkit.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.bench.paired.Interval;
import dev.ormkit.bench.paired.Verdict;
import dev.ormkit.bench.startup.StartupBenchmark.Start;
import org.junit.jupiter.api.Test;

/** Start-up rounds paired by round, on starts whose differences are known. */
class PairedStartupTest {
    /** Baseline first responses that swing by seconds from round to round, as on a shared machine. */
    private static final double[] BASELINE = {5.3, 7.9, 5.8, 9.6, 6.1, 5.5, 8.4};

    private static Start start(double firstResponse) {
        // "Started" a quarter second before the response, and twice the wall time in CPU
        return new Start(firstResponse - 0.9, firstResponse - 0.25, firstResponse, 2 * firstResponse);
    }

    private static List<Start> starts(double[] firstResponses, double offset) {
        List<Start> out = new ArrayList<>();
        for (double f : firstResponses) {
            out.add(start(f + offset));
        }
        return out;
    }

    @Test
    void pairingCancelsWhatTheRoundDidToBoth() {
        // the candidate is 0.2 s behind in every round; its range overlaps the baseline's
        PairedStartup p = PairedStartup.of(starts(BASELINE, 0.2), starts(BASELINE, 0), 1);
        assertThat(p.rounds()).isEqualTo(7);
        assertThat(p.firstResponse().estimate()).isCloseTo(0.2, within(1e-9));
        assertThat(p.firstResponse().high() - p.firstResponse().low()).isCloseTo(0, within(1e-9));
        assertThat(p.started().estimate()).isCloseTo(0.2, within(1e-9));
        assertThat(p.cpu().estimate()).isCloseTo(0.4, within(1e-9));
        assertThat(p.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aGapWhollyAboveTheTargetMissesIt() {
        double[] candidate = BASELINE.clone();
        double[] gaps = {0.45, 0.38, 0.52, 0.41, 0.36, 0.49, 0.44};
        for (int i = 0; i < candidate.length; i++) {
            candidate[i] += gaps[i];
        }
        PairedStartup p = PairedStartup.of(starts(candidate, 0), starts(BASELINE, 0), 1);
        assertThat(p.firstResponse().estimate()).isCloseTo(0.44, within(1e-9));
        assertThat(p.firstResponse().low()).isGreaterThan(PairedStartup.TARGET_SECONDS);
        assertThat(p.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(p.markdown("a", "b")).contains("| first HTTP 200 | +0.44 |")
                .contains("\": missed** (the whole interval is above +0.30 s)");
    }

    @Test
    void gapsOnBothSidesOfTheTargetLeaveItUndecided() {
        double[] candidate = BASELINE.clone();
        double[] gaps = {0.1, 0.5, 0.2, 0.6, 0.25, 0.45, 0.35};
        for (int i = 0; i < candidate.length; i++) {
            candidate[i] += gaps[i];
        }
        PairedStartup p = PairedStartup.of(starts(candidate, 0), starts(BASELINE, 0), 1);
        Interval i = p.firstResponse();
        assertThat(i.estimate()).isCloseTo(0.35, within(1e-9));
        assertThat(i.low()).isLessThanOrEqualTo(PairedStartup.TARGET_SECONDS);
        assertThat(i.high()).isGreaterThan(PairedStartup.TARGET_SECONDS);
        assertThat(p.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(p.markdown("a", "b")).contains("undecided** (the interval holds +0.30 s");
    }

    @Test
    void roundsMustPair() {
        assertThatThrownBy(() -> PairedStartup.of(starts(BASELINE, 0), starts(new double[] {5.0}, 0), 1))
                .hasMessageContaining("same, non-zero number of rounds");
        assertThatThrownBy(() -> PairedStartup.of(List.of(), List.of(), 1))
                .hasMessageContaining("same, non-zero number of rounds");
    }
}
