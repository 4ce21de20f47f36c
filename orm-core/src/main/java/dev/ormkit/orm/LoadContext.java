package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.mapping.RelationshipAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The objects one query (or one relationship load) produced, remembered so that a lazy load on
 * one of them can be recognised as part of a loop over all of them: the unit of N+1 detection,
 * and the set of siblings batch lazy loading loads together.
 */
final class LoadContext {
    private java.util.function.@Nullable Supplier<String> describer;
    private @Nullable String description;
    private final ArrayList<InstanceState> states = new ArrayList<>();
    /** Lazy loads per relationship for objects of this result. */
    private final Map<RelationshipAttribute, Integer> lazyLoads = new HashMap<>();

    private final String location;

    /** {@code describer} gives the SQL, asked only when a report needs it. */
    LoadContext(java.util.function.Supplier<String> describer, String location) {
        this.describer = describer;
        this.location = location;
    }

    /** Where the query ran: the first calling frame outside ormkit ("unknown" when not tracked). */
    String location() {
        return location;
    }

    /** The SQL of the query that loaded the objects. */
    String description() {
        if (description == null) {
            java.util.function.Supplier<String> d = describer;
            description = d == null ? "query" : d.get();
            describer = null;
        }
        return description;
    }

    /** Up to {@code count} objects are about to join: room for them at once rather than by doubling. */
    void expect(int count) {
        states.ensureCapacity(count);
    }

    void add(InstanceState state) {
        states.add(state);
        state.origin(this);
    }

    List<InstanceState> states() {
        return states;
    }

    /** Counts one lazy load of {@code r} and returns the count so far. */
    int countLazyLoad(RelationshipAttribute r) {
        return lazyLoads.merge(r, 1, Integer::sum);
    }
}
