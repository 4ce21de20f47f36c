package dev.ormkit.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The column keys of a result, shared by all its rows; finds a key's index in O(1). The index
 * is built on the first look-up by key, since most results are only read by position.
 */
final class RowMetadata {
    private final List<String> keys;
    private volatile @Nullable Map<String, Integer> index;

    RowMetadata(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    List<String> keys() {
        return keys;
    }

    int indexOf(String key) {
        Map<String, Integer> byKey = index();
        Integer i = byKey.get(key);
        if (i == null) {
            i = byKey.get(key.toLowerCase(Locale.ROOT));
        }
        return i == null ? -1 : i;
    }

    private Map<String, Integer> index() {
        Map<String, Integer> byKey = index;
        if (byKey == null) {
            byKey = new HashMap<>();
            for (int i = keys.size() - 1; i >= 0; i--) {
                byKey.put(keys.get(i), i); // the first column wins when two share a name
                byKey.putIfAbsent(keys.get(i).toLowerCase(Locale.ROOT), i);
            }
            // built whole before it is published; two threads racing here build equal maps
            index = byKey;
        }
        return byKey;
    }
}
