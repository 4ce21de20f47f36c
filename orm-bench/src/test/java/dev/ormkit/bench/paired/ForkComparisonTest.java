package dev.ormkit.bench.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contender against its baseline in JVMs of their own: what a comparison names, and the row it ends in. */
class ForkComparisonTest {
    @Test
    void aComparisonNamesTheWorkloadBothMethodsAndAnOptionalTarget() {
        ForkComparison.Spec s = ForkComparison.Spec.parse("UsersWithPosts.joinedOrmkit/joinedJdbc<=1.3");
        assertThat(s.contenderName()).isEqualTo("dev.ormkit.bench.UsersWithPostsBenchmark.joinedOrmkit");
        assertThat(s.baselineName()).isEqualTo("dev.ormkit.bench.UsersWithPostsBenchmark.joinedJdbc");
        assertThat(s.target()).isEqualTo(1.3);
        assertThat(ForkComparison.Spec.parse("LoadPosts.ormkitBase/jdbc").hasTarget()).isFalse();
        for (String bad : List.of("LoadPosts.ormkit", "ormkit/jdbc", "LoadPosts.ormkit/", "LoadPosts.ormkit/jdbc<=0")) {
            assertThatThrownBy(() -> ForkComparison.Spec.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theCommonOptionsAndTheComparisonsAreReadInAnyOrder() {
        ForkComparison.Settings s = ForkComparison.parse(new String[] {"LoadPosts.ormkit/jdbc<=1.5", "--databases",
            "h2,postgresql", "--pairs", "10", "--no-gc", "--iteration-ms", "500", "GetPost.ormkit/jdbc"});
        assertThat(s.common().databases()).containsExactly("h2", "postgresql");
        assertThat(s.common().pairs()).isEqualTo(10);
        assertThat(s.common().fork()).isEqualTo(new JmhFork(3, 5, 500, false));
        assertThat(s.common().output()).isNull();
        assertThat(s.specs()).extracting(ForkComparison.Spec::workload).containsExactly("LoadPosts", "GetPost");
        assertThatThrownBy(() -> ForkComparison.parse(new String[] {"--before", "a.jar", "LoadPosts.ormkit/jdbc"}))
                .hasMessageContaining("Unknown option --before");
        assertThatThrownBy(() -> ForkComparison.parse(new String[] {"--pairs", "0", "LoadPosts.ormkit/jdbc"}))
                .hasMessageContaining("--pairs must be at least 1");
    }

    @Test
    void theRowGivesTheRatioOfEachPairItsVerdictAndEachSidesCollections() {
        List<JmhCsv> jdbc = new ArrayList<>();
        List<JmhCsv> ormkit = new ArrayList<>();
        for (int pair = 0; pair < 6; pair++) {
            double machine = 1 + pair % 3; // the machine slows both sides of a pair alike
            jdbc.add(new JmhCsv(10 * machine, "ms/op", 9_000_000, 100));
            ormkit.add(new JmhCsv(25 * machine, "ms/op", 14_000_000, 1_000));
        }
        ForkComparison.Spec spec = ForkComparison.Spec.parse("UsersWithPosts.joinedOrmkit/joinedJdbc<=1.3");
        ForkPairs pairs = new ForkPairs(spec.contenderName(), "postgresql", jdbc, ormkit);
        String row = ForkComparison.row(spec, pairs, new JmhFork(3, 5, 400, true));
        assertThat(row).startsWith("| UsersWithPosts | postgresql | joinedOrmkit / joinedJdbc | 50.0 ms/op | 20.0 ms/op | 2.50 "
                + "| 2.50–2.50 | ≤ 1.30 | **missed** |");
        assertThat(row).contains("| 50%, 5% | 6 |"); // 1,000 and 100 ms of collections in 2 s measured
    }
}
