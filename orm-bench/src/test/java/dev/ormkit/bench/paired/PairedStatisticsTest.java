package dev.ormkit.bench.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics of paired rounds, on inputs whose answers are known. */
class PairedStatisticsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(PairedStatistics.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(PairedStatistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThatThrownBy(() -> PairedStatistics.median(new double[0])).hasMessageContaining("no values");
    }

    @Test
    void ratiosArePairedRoundByRound() {
        assertThat(PairedStatistics.ratios(new double[] {2, 9}, new double[] {1, 3})).containsExactly(2.0, 3.0);
        assertThatThrownBy(() -> PairedStatistics.ratios(new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("differ in number");
        assertThatThrownBy(() -> PairedStatistics.ratios(new double[] {1}, new double[] {0}))
                .hasMessageContaining("non-positive baseline");
    }

    @Test
    void differencesArePairedRoundByRound() {
        assertThat(PairedStatistics.differences(new double[] {6.0, 5.5}, new double[] {5.75, 5.0})).containsExactly(0.25, 0.5);
        assertThatThrownBy(() -> PairedStatistics.differences(new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("differ in number");
    }

    @Test
    void medianDifferenceResamplesRounds() {
        double[] d = {0.10, 0.20, 0.25, 0.30, 0.90};
        Interval i = PairedStatistics.medianDifference(d, 11);
        assertThat(i.estimate()).isEqualTo(0.25);
        // a resampled median is one of the values: the interval stays within the data
        assertThat(i.low()).isGreaterThanOrEqualTo(0.10).isLessThan(0.25);
        assertThat(i.high()).isLessThanOrEqualTo(0.90).isGreaterThan(0.25);
        assertThat(PairedStatistics.medianDifference(d, 11)).isEqualTo(i);
        assertThat(PairedStatistics.medianDifference(new double[] {-0.1, -0.1, -0.1}, 1))
                .isEqualTo(new Interval(-0.1, -0.1, -0.1));
        assertThatThrownBy(() -> PairedStatistics.medianDifference(new double[0], 1))
                .hasMessageContaining("at least one round");
    }

    @Test
    void identicalRatiosGiveAPointInterval() {
        Interval i = PairedStatistics.medianRatio(List.of(new double[] {1.2, 1.2, 1.2}, new double[] {1.2, 1.2}), 1);
        assertThat(i).isEqualTo(new Interval(1.2, 1.2, 1.2));
    }

    @Test
    void intervalEnclosesTheMedianAndStaysWithinTheData() {
        double[] a = {1.0, 1.1, 1.2, 1.3, 1.4};
        double[] b = {1.05, 1.15, 1.25, 1.35, 1.45};
        Interval i = PairedStatistics.medianRatio(List.of(a, b), 42);
        assertThat(i.estimate()).isEqualTo(1.225);
        assertThat(i.low()).isGreaterThanOrEqualTo(1.0).isLessThan(i.estimate());
        assertThat(i.high()).isLessThanOrEqualTo(1.45).isGreaterThan(i.estimate());
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        List<double[]> forks = List.of(new double[] {0.9, 1.4, 1.1, 1.7}, new double[] {1.2, 1.0, 1.6});
        assertThat(PairedStatistics.medianRatio(forks, 7)).isEqualTo(PairedStatistics.medianRatio(forks, 7));
    }

    @Test
    void forksThatDisagreeWidenTheInterval() {
        // each fork alone is tight; the bootstrap resamples forks, so their disagreement shows
        double[] slowFork = {1.50, 1.51, 1.49, 1.50, 1.52, 1.48, 1.50, 1.51};
        double[] fastFork = {1.10, 1.11, 1.09, 1.10, 1.12, 1.08, 1.10, 1.11};
        Interval together = PairedStatistics.medianRatio(List.of(slowFork, fastFork), 3);
        Interval alone = PairedStatistics.medianRatio(List.of(slowFork), 3);
        assertThat(alone.high() - alone.low()).isLessThan(0.05);
        assertThat(together.low()).isCloseTo(1.10, within(0.03));
        assertThat(together.high()).isCloseTo(1.50, within(0.03));
    }

    @Test
    void emptyForksAreRefused() {
        assertThatThrownBy(() -> PairedStatistics.medianRatio(List.of(), 1)).hasMessageContaining("at least one round");
        assertThatThrownBy(() -> PairedStatistics.medianRatio(List.of(new double[0]), 1))
                .hasMessageContaining("at least one round");
    }
}
