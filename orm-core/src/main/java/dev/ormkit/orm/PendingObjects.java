package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session's pending objects in the order they were added: the INSERT order where foreign
 * keys allow. Each state remembers its slot, so adding and removing one neither hashes nor
 * allocates an entry (a flush of 100,000 new objects does both 100,000 times); a removed slot
 * is left empty and the list is compacted once half of it is empty.
 */
final class PendingObjects {
    private final ArrayList<@Nullable InstanceState> slots = new ArrayList<>();
    private int size;

    /** Adds {@code s} at the end; an object already here keeps its place. */
    void add(InstanceState s) {
        if (contains(s)) {
            return;
        }
        s.pendingSlot(slots.size());
        slots.add(s);
        size++;
    }

    boolean contains(InstanceState s) {
        int i = s.pendingSlot();
        return i >= 0 && i < slots.size() && slots.get(i) == s;
    }

    void remove(InstanceState s) {
        if (!contains(s)) {
            return;
        }
        slots.set(s.pendingSlot(), null);
        s.pendingSlot(-1);
        size--;
        if (size == 0) {
            slots.clear();
        } else if (size < slots.size() / 2) {
            compact();
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        for (InstanceState s : slots) {
            if (s != null) {
                s.pendingSlot(-1);
            }
        }
        slots.clear();
        size = 0;
    }

    /** The pending objects in add order, as a new list. */
    List<InstanceState> toList() {
        List<InstanceState> out = new ArrayList<>(size);
        for (InstanceState s : slots) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private void compact() {
        List<InstanceState> live = toList();
        slots.clear();
        for (InstanceState s : live) {
            s.pendingSlot(slots.size());
            slots.add(s);
        }
    }
}
