package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import dev.ormkit.engine.Row;
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
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void load(Session session, InstanceState state, RelationshipAttribute r) {
        if (state.isLoaded(r.name()) || !state.isPersistent() || r.direction() == Direction.MANY_TO_MANY) {
            return;
        }
        Object owner = state.entity();
        EntityMapping<?> target = r.target();
        List<Expression<Boolean>> where = new ArrayList<>();
        for (ColumnPair p : r.pairs()) {
            ColumnAttribute local = state.mapping().attributeFor(p.local());
            Object value = local == null ? null : local.get(owner);
            if (value == null) {
                state.markLoaded(r.name()); // no key, nothing related
                return;
            }
            where.add(((Expression) p.remote()).eq(value));
        }
        Expression<Boolean> criterion = target.discriminatorCriterion();
        if (criterion != null) {
            where.add(criterion);
        }
        Select select = Sql.select(target.clause()).where(where);
        if (!r.orderBy().isEmpty()) {
            select = select.orderBy(r.orderBy().toArray(new dev.ormkit.sql.ClauseElement[0]));
        }
        EntityRowLoader<?> loader = new EntityRowLoader<>(session, target, 0);
        List<Object> loaded = new ArrayList<>();
        for (Row row : session.runInternal(select).all()) {
            Object o = loader.load(row);
            if (o != null) {
                loaded.add(o);
            }
        }
        int i = state.relationshipIndex(r);
        if (r.isCollection()) {
            Collection<Object> current = (Collection<Object>) r.get(owner);
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.addAll(loaded);
            List<Object> extra = new ArrayList<>();
            if (current != null) {
                for (Object o : current) {
                    if (seen.add(o)) {
                        extra.add(o);
                    }
                }
            }
            Collection<Object> filled = current != null ? current : r.newCollection();
            filled.clear();
            filled.addAll(loaded);
            filled.addAll(extra);
            if (current == null) {
                r.set(owner, filled);
            }
            state.snapshotRelationship(i, loaded);
        } else {
            Object value = loaded.isEmpty() ? null : loaded.get(0);
            if (r.get(owner) == null) {
                r.set(owner, value);
            }
            state.snapshotRelationship(i, value);
        }
        state.markLoaded(r.name());
    }

    /** The objects a relationship holds now: the collection's members, or the one object. */
    static List<Object> members(RelationshipAttribute r, Object owner) {
        Object value = r.get(owner);
        if (value == null) {
            return List.of();
        }
        if (r.isCollection()) {
            return new ArrayList<>((Collection<?>) value);
        }
        return List.of(value);
    }

    /** {@code value}'s members if a collection, else it alone (or nothing when null). */
    static List<?> asMembers(RelationshipAttribute r, @Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        return r.isCollection() ? new ArrayList<>((Collection<?>) value) : List.of(value);
    }
}
