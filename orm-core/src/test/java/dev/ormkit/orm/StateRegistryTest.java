package dev.ormkit.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.EntityMapping;
import org.junit.jupiter.api.Test;

/** The registry finds each object's latest state across garbage collections, and never keeps an object alive. */
class StateRegistryTest {
    private static final EntityMapping<Node> NODES = EntityMapping.of(Node.class);

    @Test
    void findsEveryRegisteredObjectBeforeAndAfterCollections() {
        List<Node> nodes = new ArrayList<>();
        List<InstanceState> states = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) { // enough to grow the tables several times
            Node n = new Node("n" + i);
            InstanceState s = new InstanceState(n, NODES);
            StateRegistry.put(n, s);
            nodes.add(n);
            states.add(s);
            if (i % 1_000 == 0) {
                System.gc(); // registrations on either side of a collection
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(StateRegistry.get(nodes.get(i))).isSameAs(states.get(i));
        }
        System.gc();
        StateRegistry.put(nodes.get(0), states.get(0)); // the first registration after a collection sweeps
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(StateRegistry.get(nodes.get(i))).isSameAs(states.get(i));
        }
        assertThat(StateRegistry.get(new Node("never registered"))).isNull();
    }

    @Test
    void aLaterStateOfAnObjectReplacesTheEarlierOne() {
        Node n = new Node("twice");
        StateRegistry.put(n, new InstanceState(n, NODES));
        assertThat(StateRegistry.get(n)).isNotNull(); // now in the table
        InstanceState second = new InstanceState(n, NODES);
        StateRegistry.put(n, second);
        assertThat(StateRegistry.get(n)).isSameAs(second);
        InstanceState third = new InstanceState(n, NODES);
        StateRegistry.put(n, third);
        Node other = new Node("other");
        StateRegistry.put(other, new InstanceState(other, NODES));
        assertThat(StateRegistry.get(n)).isSameAs(third);
    }

    @Test
    void doesNotKeepObjectsAlive() throws InterruptedException {
        WeakReference<Node> gone = registerAndForget();
        for (int i = 0; i < 50 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(gone.get()).isNull();
    }

    @Test
    void theStatesOfCollectedObjectsGoAfterTheNextCollection() throws InterruptedException {
        System.gc();
        touchEveryStripe(new ArrayList<>());
        int before = StateRegistry.heldStates();
        WeakReference<Node> last = registerIntoTheTableAndForget(20_000);
        for (int i = 0; i < 50 && last.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(last.get()).isNull();
        List<Node> kept = new ArrayList<>();
        touchEveryStripe(kept); // the first registration after a collection sweeps its stripe
        // the 20,000 dead objects' states are gone, not waiting for their tables to grow again
        assertThat(StateRegistry.heldStates()).isLessThan(before + kept.size() + 1_000);
        for (Node n : kept) {
            assertThat(StateRegistry.get(n)).isNotNull();
        }
    }

    private static WeakReference<Node> registerIntoTheTableAndForget(int count) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node n = new Node("swept" + i);
            StateRegistry.put(n, new InstanceState(n, NODES));
            nodes.add(n);
        }
        for (Node n : nodes) {
            assertThat(StateRegistry.get(n)).isNotNull(); // a lookup moves its stripe's list into the table
        }
        return new WeakReference<>(nodes.get(count - 1));
    }

    /** Registers objects until each of the registry's stripes has had one (their identity hashes spread them). */
    private static void touchEveryStripe(List<Node> kept) {
        for (int i = 0; i < 400; i++) {
            Node n = new Node("touch" + i);
            StateRegistry.put(n, new InstanceState(n, NODES));
            kept.add(n);
        }
    }

    private static WeakReference<Node> registerAndForget() {
        Node n = new Node("forgotten");
        StateRegistry.put(n, new InstanceState(n, NODES));
        return new WeakReference<>(n);
    }
}
