package dev.ormkit.orm;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The named parameters of one row a flush writes, for a statement whose every row names the same
 * parameters: the names are shared by the rows ({@link Names}), each row holds only its values.
 * A flush of 100,000 rows builds 100,000 of these; a hash map per row would add a table, an entry
 * per value and a hash of every name on each look-up, where a statement's few names are found
 * by comparing references first. The rows of one {@link Names} share one key set, so checking
 * that rows name the same columns is a reference comparison.
 */
final class ParameterRow extends AbstractMap<String, @Nullable Object> {
    /** The parameter names of one statement shape, in order, shared by its rows. */
    static final class Names {
        private final String[] names;
        private final Set<String> keySet;

        Names(List<String> names) {
            this.names = names.toArray(new String[0]);
            LinkedHashSet<String> keys = new LinkedHashSet<>(names);
            if (keys.size() != this.names.length) {
                throw new IllegalArgumentException("parameter names repeat: " + names);
            }
            this.keySet = Collections.unmodifiableSet(keys);
        }

        int size() {
            return names.length;
        }

        /** The names in order, as the key set every row of these names shares. */
        Set<String> keySet() {
            return keySet;
        }

        String name(int i) {
            return names[i];
        }

        /** The position of {@code name}, or -1. */
        int indexOf(@Nullable Object name) {
            String[] n = names;
            for (int i = 0; i < n.length; i++) {
                if (n[i] == name) {
                    return i;
                }
            }
            for (int i = 0; i < n.length; i++) {
                if (n[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        ParameterRow newRow() {
            return new ParameterRow(this);
        }
    }

    private final Names names;
    private final @Nullable Object[] values;

    private ParameterRow(Names names) {
        this.names = names;
        this.values = new Object[names.size()];
    }

    /** Sets the value of the parameter at {@code index} (in {@link Names} order). */
    void set(int index, @Nullable Object value) {
        values[index] = value;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return names.indexOf(key) >= 0;
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : values[i];
    }

    /** Sets the value of a parameter this row names; a row takes no other names. */
    @Override
    public @Nullable Object put(String key, @Nullable Object value) {
        int i = names.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("this row names the parameters " + names.keySet + ", not " + key);
        }
        Object before = values[i];
        values[i] = value;
        return before;
    }

    @Override
    public Set<String> keySet() {
        return names.keySet;
    }

    @Override
    public Set<Map.Entry<String, @Nullable Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, @Nullable Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Map.Entry<String, @Nullable Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names.name(i), values[i]);
                    }
                };
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            out.append(i > 0 ? ", " : "").append(names.name(i)).append('=').append(values[i]);
        }
        return out.append('}').toString();
    }
}
