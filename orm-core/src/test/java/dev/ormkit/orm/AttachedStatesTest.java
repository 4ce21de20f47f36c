package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.model.lifecycle.BaseAuthor;
import dev.ormkit.model.lifecycle.PlainAuthor;
import org.junit.jupiter.api.Test;

/** A session's objects by object: plain ones in the map, {@link Base} ones in slots their states remember. */
class AttachedStatesTest {

    private static InstanceState stateOf(Object entity) {
        InstanceState s = new InstanceState(entity, EntityMapping.of(entity.getClass()));
        StateRegistry.put(entity, s);
        return s;
    }

    @Test
    void findsRemovesAndListsBothKinds() {
        AttachedStates attached = new AttachedStates();
        List<BaseAuthor> based = new ArrayList<>();
        List<InstanceState> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attached.expect(1); // a query of one object each time: the slots grow by doubling, not per query
            BaseAuthor b = new BaseAuthor("b" + i);
            InstanceState s = stateOf(b);
            attached.put(b, s);
            attached.put(b, s); // twice: one slot
            based.add(b);
            all.add(s);
        }
        PlainAuthor plain = new PlainAuthor("p");
        InstanceState plainState = stateOf(plain);
        attached.put(plain, plainState);
        all.add(plainState);
        assertThat(attached.size()).isEqualTo(41);
        assertThat(attached.values()).containsExactlyInAnyOrderElementsOf(all);

        assertThat(attached.remove(all.get(3))).isTrue(); // the last slot's state moves into the gap
        assertThat(attached.remove(all.get(3))).isFalse();
        assertThat(attached.get(based.get(3))).isNull();
        for (int i = 0; i < 40; i++) {
            if (i != 3) {
                assertThat(attached.get(based.get(i))).isSameAs(all.get(i));
            }
        }
        assertThat(attached.get(plain)).isSameAs(plainState);
        assertThat(attached.remove(plainState)).isTrue();
        assertThat(attached.get(plain)).isNull();
        assertThat(attached.size()).isEqualTo(39);
        assertThat(attached.values()).hasSize(39);

        assertThatThrownBy(() -> {
            for (InstanceState s : attached.values()) {
                attached.remove(s);
            }
        }).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void aSlotLeftFromAnotherSessionIsNotMembership() {
        AttachedStates closed = new AttachedStates();
        AttachedStates open = new AttachedStates();
        BaseAuthor first = new BaseAuthor("first");
        BaseAuthor second = new BaseAuthor("second");
        InstanceState s1 = stateOf(first);
        InstanceState s2 = stateOf(second);
        closed.put(first, s1);
        closed.put(second, s2); // slot 1
        closed.clear(); // dropped: s2 still says slot 1
        assertThat(closed.get(second)).isNull();
        open.put(first, s1); // slot 0
        assertThat(open.get(second)).isNull();
        assertThat(open.remove(s2)).isFalse();
        open.put(second, s2);
        assertThat(open.get(second)).isSameAs(s2);
        assertThat(open.values()).containsExactly(s1, s2);
    }
}
