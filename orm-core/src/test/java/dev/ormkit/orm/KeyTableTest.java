package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.model.lifecycle.PlainAuthor;
import org.junit.jupiter.api.Test;

/** The identity map's table of states by key value answers as a {@code HashMap} would. */
class KeyTableTest {
    private static final EntityMapping<PlainAuthor> AUTHORS = EntityMapping.of(PlainAuthor.class);

    /** A key whose hash code the test chooses: equal codes collide, codes near the table's end wrap around. */
    private record Key(int id, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id == id;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static InstanceState state(int i) {
        return new InstanceState(new PlainAuthor("a" + i), AUTHORS);
    }

    @Test
    void findsReplacesAndRemovesByEqualKeys() {
        KeyTable table = new KeyTable();
        InstanceState one = state(1);
        InstanceState other = state(2);
        table.put(Long.valueOf(1_000), one);
        assertThat(table.get(1_000L)).isSameAs(one); // an equal key, not the same object
        table.putIfAbsent(1_000L, other);
        assertThat(table.get(1_000L)).isSameAs(one);
        table.remove(1_000L, other); // not its state: stays
        assertThat(table.get(1_000L)).isSameAs(one);
        table.put(1_000L, other);
        assertThat(table.get(1_000L)).isSameAs(other);
        assertThat(table.size()).isEqualTo(1);
        table.remove(1_000L, other);
        assertThat(table.get(1_000L)).isNull();
        assertThat(table.isEmpty()).isTrue();
    }

    @Test
    void entriesAfterARemovedOneInTheSameRunStayReachable() {
        KeyTable table = new KeyTable();
        List<InstanceState> states = new ArrayList<>();
        // five keys with the same home slot and two whose home is the next slot, interleaved
        for (int i = 0; i < 7; i++) {
            states.add(state(i));
            table.put(new Key(i, i % 3 == 2 ? 4 : 3), states.get(i));
        }
        table.remove(new Key(0, 3), states.get(0));
        table.remove(new Key(2, 4), states.get(2));
        for (int i = 0; i < 7; i++) {
            InstanceState expected = i == 0 || i == 2 ? null : states.get(i);
            assertThat(table.get(new Key(i, i % 3 == 2 ? 4 : 3))).as("key %d", i).isSameAs(expected);
        }
        assertThat(table.size()).isEqualTo(5);
    }

    @Test
    void matchesAHashMapOverRandomOperationsWithCollisionsAndWrapAround() {
        Random random = new Random(20261202);
        for (int round = 0; round < 20; round++) {
            KeyTable table = new KeyTable(round % 2 == 0 ? 0 : 100);
            Map<Key, InstanceState> model = new HashMap<>();
            List<InstanceState> states = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                states.add(state(i));
            }
            for (int op = 0; op < 5_000; op++) {
                int id = random.nextInt(400);
                // few distinct hash codes, some of them -1 and 15: runs that cross the end of a small table
                int[] hashes = {-1, 15, 7, 0, 31, 1 << 16};
                Key key = new Key(id, hashes[id % hashes.length] + (round % 3 == 0 ? id : 0));
                InstanceState s = states.get(random.nextInt(states.size()));
                switch (random.nextInt(5)) {
                    case 0, 1 -> {
                        table.put(key, s);
                        model.put(key, s);
                    }
                    case 2 -> {
                        table.putIfAbsent(key, s);
                        model.putIfAbsent(key, s);
                    }
                    case 3 -> {
                        InstanceState there = model.get(key);
                        InstanceState which = there != null && random.nextBoolean() ? there : s;
                        table.remove(key, which);
                        model.remove(key, which);
                    }
                    default -> table.ensureRoomFor(random.nextInt(50));
                }
                assertThat(table.get(key)).isSameAs(model.get(key));
            }
            assertThat(table.size()).isEqualTo(model.size());
            for (int id = 0; id < 400; id++) {
                int[] hashes = {-1, 15, 7, 0, 31, 1 << 16};
                Key key = new Key(id, hashes[id % hashes.length] + (round % 3 == 0 ? id : 0));
                assertThat(table.get(key)).as("round %d key %d", round, id).isSameAs(model.get(key));
            }
        }
    }

    @Test
    void sizedForTheExpectedEntriesAndGrowsBeyondThem() {
        KeyTable table = new KeyTable(10_000);
        List<InstanceState> states = new ArrayList<>();
        for (long id = 1; id <= 25_000; id++) {
            InstanceState s = state((int) id);
            states.add(s);
            table.put(id, s);
        }
        assertThat(table.size()).isEqualTo(25_000);
        for (long id = 1; id <= 25_000; id++) {
            assertThat(table.get(id)).isSameAs(states.get((int) id - 1));
        }
        assertThat(table.get(25_001L)).isNull();
    }
}
