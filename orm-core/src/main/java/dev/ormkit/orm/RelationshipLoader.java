package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import dev.ormkit.engine.Row;
import dev.ormkit.event.Origin;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;

/**
 * Loads one relationship of one persistent object with a SELECT on the foreign key: what a
 * flush needs before it can delete a parent (to cascade to, or detach, its children). Members
 * the program already put in the collection stay, after the loaded ones; the baseline becomes
 * what the database holds, so those stay "added" for the flush.
 */
final class RelationshipLoader {
    private RelationshipLoader() {
    }

    /** Loads {@code r} of {@code state} unless it is loaded; many-to-many is not handled here. */
    static void load(Session session, InstanceState state, RelationshipAttribute r) {
        if (state.isLoaded(r.name()) || !state.isPersistent() || r.direction() == Direction.MANY_TO_MANY) {
            return;
        }
        LoadPlan plan = state.plan();
        // loaded on demand, for a delete to cascade: a lazy load the program did not write
        SelectInLoader.load(session, r, List.of(state), (plan != null ? plan : LoadPlan.defaults(state.mapping())).child(r),
                null, Origin.LAZY_LOAD);
    }

    /** The objects a relationship holds now: the collection's members, or the one object. */
    static List<Object> members(RelationshipAttribute r, Object owner) {
        Object value = r.get(owner);
        if (value == null) {
            return List.of();
        }
        if (value instanceof InstrumentedCollection<?> ic) {
            return ic.peek(); // what it holds now, without loading it
        }
        if (r.isCollection()) {
            return new ArrayList<>((Collection<?>) value);
        }
        return List.of(value);
    }

    /** True when the relationship holds no object now (null, or an empty collection), without loading it. */
    static boolean holdsNothing(RelationshipAttribute r, Object owner) {
        Object value = r.get(owner);
        if (value == null) {
            return true;
        }
        if (value instanceof InstrumentedCollection<?> ic) {
            return ic.peekEmpty();
        }
        return value instanceof Collection<?> c && c.isEmpty();
    }

    /** {@code value}'s members if a collection, else it alone (or nothing when null). */
    static List<?> asMembers(RelationshipAttribute r, @Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof InstrumentedCollection<?> ic) {
            return ic.peek();
        }
        return r.isCollection() ? new ArrayList<>((Collection<?>) value) : List.of(value);
    }
}
