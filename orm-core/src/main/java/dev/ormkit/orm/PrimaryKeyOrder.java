package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.ormkit.mapping.EntityKey;
import org.jspecify.annotations.Nullable;

/**
 * Puts the rows of one UPDATE or DELETE batch in primary key order, as SQLAlchemy's unit of
 * work and Hibernate's ordered updates do. Two transactions flushing changes to the same rows
 * then lock them in the same order, where a deadlock needs opposite orders; and the statements a
 * flush sends and logs do not depend on identity hash codes, which differ from one session to
 * the next.
 *
 * <p>Only keys that can be compared are ordered: every row's key value (each column's, for a
 * composite key) of one class, and that class {@link Comparable}. Otherwise the batch keeps the
 * order it came in.
 */
final class PrimaryKeyOrder {
    private PrimaryKeyOrder() {
    }

    /** Sorts {@code states}, all persistent objects of one mapping, by their identity keys where they compare. */
    static void sort(List<InstanceState> states) {
        if (states.size() < 2) {
            return;
        }
        Object first = states.get(0).keyOrValue();
        if (first instanceof EntityKey k && k.isComposite()) {
            sortComposite(states, k.values().length);
            return;
        }
        Class<?> type = first == null ? null : single(first).getClass();
        if (type == null || !Comparable.class.isAssignableFrom(type)) {
            return;
        }
        for (InstanceState s : states) {
            Object key = s.keyOrValue();
            if (key == null || key instanceof EntityKey e && e.isComposite() || single(key).getClass() != type) {
                return;
            }
        }
        states.sort(BY_SINGLE_KEY);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<InstanceState> BY_SINGLE_KEY = (a, b) ->
            ((Comparable) single(a.keyOrValue())).compareTo(single(b.keyOrValue()));

    /** The key's value: a single-column key is held as the value itself or as its {@link EntityKey}. */
    private static Object single(@Nullable Object key) {
        return key instanceof EntityKey e ? e.value() : java.util.Objects.requireNonNull(key);
    }

    private static void sortComposite(List<InstanceState> states, int width) {
        List<Keyed> keyed = new ArrayList<>(states.size());
        Class<?>[] types = new Class<?>[width];
        for (InstanceState s : states) {
            if (!(s.keyOrValue() instanceof EntityKey k) || !k.isComposite()) {
                return;
            }
            Object[] values = k.values();
            if (values.length != width) {
                return;
            }
            for (int c = 0; c < width; c++) {
                Object v = values[c];
                if (!(v instanceof Comparable<?>) || types[c] != null && v.getClass() != types[c]) {
                    return;
                }
                types[c] = v.getClass();
            }
            keyed.add(new Keyed(s, values));
        }
        keyed.sort((a, b) -> compareValues(a.key(), b.key()));
        for (int i = 0; i < keyed.size(); i++) {
            states.set(i, keyed.get(i).state());
        }
    }

    private record Keyed(InstanceState state, Object[] key) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object[] a, Object[] b) {
        for (int c = 0; c < a.length; c++) {
            int r = ((Comparable) a[c]).compareTo(b[c]);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
}
