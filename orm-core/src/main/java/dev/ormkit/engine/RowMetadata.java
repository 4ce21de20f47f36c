package dev.ormkit.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column keys of a result, shared by all its rows; finds a key's index in O(1). */
final class RowMetadata {
    private final List<String> keys;
    private final Map<String, Integer> index = new HashMap<>();

    RowMetadata(List<String> keys) {
        this.keys = List.copyOf(keys);
        for (int i = keys.size() - 1; i >= 0; i--) {
            index.put(keys.get(i), i); // the first column wins when two share a name
            index.putIfAbsent(keys.get(i).toLowerCase(java.util.Locale.ROOT), i);
        }
    }

    List<String> keys() {
        return keys;
    }

    int indexOf(String key) {
        Integer i = index.get(key);
        if (i == null) {
            i = index.get(key.toLowerCase(java.util.Locale.ROOT));
        }
        return i == null ? -1 : i;
    }
}
