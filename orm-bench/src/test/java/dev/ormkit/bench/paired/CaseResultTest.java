package dev.ormkit.bench.paired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.bench.LoadPostsBenchmark;
import org.junit.jupiter.api.Test;

/** Rounds printed by forks turn into paired ratios: each round's ormkit time over the same round's JDBC time. */
class CaseResultTest {
    @Test
    void roundLinesSurviveTheTripThroughAForksOutput() {
        Round r = new Round(1, 3, "ormkit", 120, 48_000_000, 96_000, 6_000_000);
        assertThat(Round.parse(r.toLine())).isEqualTo(r);
        assertThat(Round.parse("[main] WARN something else")).isNull();
        assertThat(r.nanosPerOp()).isEqualTo(400_000);
        assertThat(r.bytesPerOp()).isEqualTo(800);
    }

    @Test
    void gcShareIsTheContendersPausesOverItsSlotTime() {
        Case c = Suite.standard(LoadPostsBenchmark.class, "", "h2", 1.5, null);
        List<Round> rounds = List.of(new Round(0, 0, "jdbc", 10, 100_000_000, 1_000, 0),
                new Round(0, 0, "ormkit", 10, 100_000_000, 1_000, 30_000_000),
                new Round(0, 1, "ormkit", 10, 300_000_000, 1_000, 10_000_000));
        CaseResult result = new CaseResult(c, rounds, "0 0 0", "0 0 0", 1);
        assertThat(result.gcShare("ormkit")).isEqualTo(0.10);
        assertThat(result.gcShare("jdbc")).isZero();
    }

    @Test
    void ratiosArePairedWithinRoundsNotAcrossThem() {
        Case c = Suite.standard(LoadPostsBenchmark.class, "", "h2", 1.5, null);
        List<Round> rounds = new ArrayList<>();
        for (int fork = 0; fork < 2; fork++) {
            for (int round = 0; round < 6; round++) {
                // the machine's speed swings by 3x from round to round; ormkit is always 1.25x JDBC
                long jdbcNanos = 1_000_000L * (1 + 2 * (round % 2));
                rounds.add(new Round(fork, round, "jdbc", 10, 10 * jdbcNanos, 1_000, 0));
                rounds.add(new Round(fork, round, "ormkit", 10, 10 * jdbcNanos * 5 / 4, 5_000, 0));
                for (String other : List.of("ormkitBase", "ormkitEnhanced", "ormkitCore", "hibernate", "jooq")) {
                    rounds.add(new Round(fork, round, other, 10, 10 * jdbcNanos * 2, 1_000, 0));
                }
            }
        }
        CaseResult result = new CaseResult(c, rounds, "1.00 1.00 1.00", "2.00 1.50 1.10", 12);
        Case.Comparison target = c.comparisons().get(0);
        assertThat(target.numerator()).isEqualTo("ormkit");
        assertThat(target.denominator()).isEqualTo("jdbc");
        assertThat(result.ratio(target)).isEqualTo(new Interval(1.25, 1.25, 1.25));
        assertThat(result.verdict(target)).isEqualTo(Verdict.MET);
        assertThat(result.medianBytes("ormkit")).isEqualTo(500);
        assertThat(result.pairedRounds()).isEqualTo(12);
        assertThat(result.forks()).isEqualTo(2);
        // ahead of Hibernate and jOOQ: 1.25 / 2
        assertThat(c.comparisons().get(1).denominator()).isEqualTo("hibernate");
        assertThat(result.ratio(c.comparisons().get(1)).estimate()).isEqualTo(0.625);
        assertThat(result.verdict(c.comparisons().get(1))).isEqualTo(Verdict.MET);
        // the Base-derived and the enhanced models against JDBC and against the plain classes: 2 / 1.25
        List<Case.Comparison> comparisons = c.comparisons();
        Case.Comparison base = comparisons.get(comparisons.size() - 2);
        assertThat(base).isEqualTo(new Case.Comparison("ormkitBase", "ormkit", 0));
        assertThat(result.ratio(base).estimate()).isEqualTo(1.6);
        assertThat(comparisons.get(comparisons.size() - 1)).isEqualTo(new Case.Comparison("ormkitEnhanced", "ormkit", 0));
        assertThat(comparisons).contains(new Case.Comparison("ormkitBase", "jdbc", 0),
                new Case.Comparison("ormkitEnhanced", "jdbc", 0));
    }
}
