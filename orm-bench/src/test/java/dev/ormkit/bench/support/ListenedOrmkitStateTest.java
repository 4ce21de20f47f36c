package dev.ormkit.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.engine.Engine;
import org.junit.jupiter.api.Test;

/** The event-cost contenders' engines differ in their listeners alone. */
class ListenedOrmkitStateTest {
    @Test
    void theListenedStateRegistersAStatementAndAnOrmListenerTheQuietOneNone() {
        try (Engine pool = Engine.create("h2:mem:listened_state_" + System.nanoTime());
             Engine quiet = Engine.of(pool.dataSource());
             Engine listened = Engine.of(pool.dataSource())) {
            new OrmkitState().configure(quiet);
            new ListenedOrmkitState().configure(listened);
            assertThat(quiet.events().hasStatementListeners()).isFalse();
            assertThat(quiet.events().hasOrmListeners()).isFalse();
            assertThat(listened.events().hasStatementListeners()).isTrue();
            assertThat(listened.events().hasOrmListeners()).isTrue();
        }
    }
}
