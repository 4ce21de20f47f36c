package dev.ormkit.bench.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two builds' JMH forks, read back from JMH's CSV and paired into a ratio after/before. */
class BuildComparisonTest {
    /** What JMH 1.37 writes with {@code -rf csv -prof gc}. */
    private static final List<String> CSV = List.of(
            "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: database\"",
            "\"dev.ormkit.bench.GetPostBenchmark.ormkit\",\"avgt\",1,5,61.312700,4.100000,\"us/op\",h2",
            "\"dev.ormkit.bench.GetPostBenchmark.ormkit:gc.alloc.rate\",\"avgt\",1,5,8.363017,NaN,\"MB/sec\",h2",
            "\"dev.ormkit.bench.GetPostBenchmark.ormkit:gc.alloc.rate.norm\",\"avgt\",1,5,9232.000000,NaN,\"B/op\",h2",
            "\"dev.ormkit.bench.GetPostBenchmark.ormkit:gc.time\",\"avgt\",1,5,118.000000,NaN,\"ms\",h2",
            "\"dev.ormkit.bench.GetPostBenchmark.ormkitCore\",\"avgt\",1,5,40.000000,1.000000,\"us/op\",h2");

    @Test
    void aForksScoreAndAllocationAreReadFromJmhsCsv() {
        JmhCsv r = JmhCsv.parse(CSV, "dev.ormkit.bench.GetPostBenchmark.ormkit");
        assertThat(r.score()).isEqualTo(61.3127);
        assertThat(r.unit()).isEqualTo("us/op");
        assertThat(r.bytesPerOp()).isEqualTo(9232);
        assertThat(r.gcMillis()).isEqualTo(118);
        // a benchmark whose name starts like another's is not mixed up with it
        assertThat(JmhCsv.parse(CSV, "dev.ormkit.bench.GetPostBenchmark.ormkitCore").bytesPerOp()).isNaN();
        assertThatThrownBy(() -> JmhCsv.parse(CSV, "dev.ormkit.bench.GetPostBenchmark.jdbc"))
                .hasMessageContaining("No result");
    }

    @Test
    void csvFieldsMayHoldCommasAndQuotes() {
        assertThat(JmhCsv.fields("\"a,b\",\"say \"\"hi\"\"\",3,")).containsExactly("a,b", "say \"hi\"", "3", "");
    }

    @Test
    void eachPairIsItsOwnRatioSoTheMachinesDriftCancels() {
        List<JmhCsv> before = new ArrayList<>();
        List<JmhCsv> after = new ArrayList<>();
        for (int pair = 0; pair < 6; pair++) {
            // the machine slows down threefold over the run; the newer build is always 10% faster
            double machine = 1 + 0.4 * pair;
            before.add(new JmhCsv(100 * machine, "us/op", 9000));
            after.add(new JmhCsv(90 * machine, "us/op", 8000 + pair));
        }
        ForkPairs pairs = new ForkPairs("dev.ormkit.bench.GetPostBenchmark.ormkit", "h2", before, after);
        Interval ratio = pairs.ratio();
        assertThat(ratio.estimate()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratio.low()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratio.high()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ForkPairs.medianBytes(after)).isEqualTo(8002.5);
        assertThat(pairs.row()).startsWith("| GetPost.ormkit | h2 | ").contains("| 0.900 | 0.900–0.900 |").endsWith("| 6 |\n");
    }

    @Test
    void pairsThatDisagreeGiveAnIntervalAroundTheirMedian() {
        double[] ratios = {0.8, 0.9, 1.0, 1.1, 1.2, 1.0, 0.95, 1.05};
        List<JmhCsv> before = new ArrayList<>();
        List<JmhCsv> after = new ArrayList<>();
        for (double r : ratios) {
            before.add(new JmhCsv(10, "ms/op", Double.NaN));
            after.add(new JmhCsv(10 * r, "ms/op", Double.NaN));
        }
        Interval ratio = new ForkPairs("b", "h2", before, after).ratio();
        assertThat(ratio.estimate()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratio.low()).isLessThan(1.0).isGreaterThanOrEqualTo(0.8);
        assertThat(ratio.high()).isGreaterThan(1.0).isLessThanOrEqualTo(1.2);
        assertThat(ForkPairs.medianBytes(before)).isNaN();
    }

    @Test
    void incompletePairsAndMixedUnitsAreRefused() {
        JmhCsv us = new JmhCsv(1, "us/op", 0);
        JmhCsv ms = new JmhCsv(1, "ms/op", 0);
        assertThatThrownBy(() -> new ForkPairs("b", "h2", List.of(us, us), List.of(us))).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> new ForkPairs("b", "h2", List.of(us), List.of(ms))).hasMessageContaining("reports in");
    }

    @Test
    void benchmarksAreNamedByWorkloadAndMethod() {
        assertThat(BuildComparison.fullName("LoadPosts.ormkit")).isEqualTo("dev.ormkit.bench.LoadPostsBenchmark.ormkit");
        assertThat(BuildComparison.fullName("UsersWithPostsBenchmark.joinedOrmkit"))
                .isEqualTo("dev.ormkit.bench.UsersWithPostsBenchmark.joinedOrmkit");
        assertThatThrownBy(() -> BuildComparison.fullName("ormkit")).hasMessageContaining("Workload.method");
        assertThatThrownBy(() -> BuildComparison.parse(new String[] {"--before", "/no/such.jar", "--after", "/no/such.jar"}))
                .hasMessageContaining("No jar");
    }
}
