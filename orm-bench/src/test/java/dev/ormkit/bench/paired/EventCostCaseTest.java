package dev.ormkit.bench.paired;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import dev.ormkit.bench.EventCost;
import dev.ormkit.bench.support.ListenedOrmkitState;
import dev.ormkit.bench.support.OrmkitState;
import org.junit.jupiter.api.Test;

/**
 * The event-cost cases compare the same ormkit workload over an engine with no listener and one
 * with a no-op listener, and nothing else: the same operation, told apart by the state alone.
 */
class EventCostCaseTest {
    @Test
    void everyDatabaseHasAGetAndALoadCaseOfListenedOverQuiet() {
        List<Case> cases = Suite.cases(List.of("h2", "postgresql"), false).stream()
                .filter(c -> c.workload() == EventCost.class).toList();
        assertThat(cases).extracting(Case::id)
                .containsExactly("EventCost.get/h2", "EventCost.load/h2", "EventCost.get/postgresql", "EventCost.load/postgresql");
        for (Case c : cases) {
            assertThat(c.contenders()).extracting(Method::getName)
                    .containsExactlyInAnyOrder(c.group() + "Listened", c.group() + "Quiet");
            assertThat(c.comparisons()).singleElement().satisfies(cmp -> {
                assertThat(cmp.numerator()).isEqualTo(c.group() + "Listened");
                assertThat(cmp.denominator()).isEqualTo(c.group() + "Quiet");
                assertThat(cmp.goal()).isEqualTo(Case.Goal.WITHIN);
                assertThat(cmp.target()).isEqualTo(1.0);
            });
        }
    }

    @Test
    void theTwoContendersDifferOnlyInTheirState() {
        for (String group : List.of("get", "load")) {
            Case c = Suite.eventCost(group, "h2");
            Method quiet = c.contender(group + "Quiet");
            Method listened = c.contender(group + "Listened");
            assertThat(quiet.getParameterTypes()).containsExactly(OrmkitState.class);
            assertThat(listened.getParameterTypes()).containsExactly(ListenedOrmkitState.class);
            assertThat(listened.getReturnType()).isEqualTo(quiet.getReturnType());
        }
    }
}
