package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.ColumnPair;
import dev.ormkit.mapping.Direction;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;

/**
 * Derived-query criteria on a relationship itself rather than on a column behind it:
 * {@code NovelsIsEmpty} as a correlated {@code NOT EXISTS} (no join, so no repeated rows), and
 * {@code findByWriter(writer)} as a comparison of the foreign key with the given object's
 * primary key (no join, no SELECT of the parent).
 */
final class RelationshipCriteria {
    private RelationshipCriteria() {
    }

    /** Checks at start-up that {@code relation} can be tested for emptiness. */
    static void checkCollection(RelationshipAttribute relation, String method) {
        if (!relation.isCollection()) {
            throw new IllegalStateException(method + ": IsEmpty/IsNotEmpty need a collection relationship; '"
                    + relation.name() + "' holds one object (use IsNull/IsNotNull on its foreign key)");
        }
    }

    /** Checks at start-up that {@code relation} can be compared with an object. */
    static void checkReference(RelationshipAttribute relation, String method) {
        if (relation.direction() != Direction.MANY_TO_ONE) {
            throw new IllegalStateException(method + ": '" + relation.name() + "' can be compared with an object only"
                    + " when its foreign key is in this class's table (a many-to-one); compare a column of it instead"
                    + " (" + relation.name() + "Id, or a path such as " + relation.name() + "Name)");
        }
    }

    /** {@code [NOT] EXISTS (SELECT ... FROM child WHERE child.fk = parent.pk)}. */
    static Expression<Boolean> isEmpty(RelationshipAttribute relation, boolean empty) {
        Expression<Boolean> exists = Sql.exists(Sql.select(relation.pairs().get(0).remote()).where(relation.primaryJoin()));
        return empty ? Sql.not(exists) : exists;
    }

    /** The foreign key equal (or, negated, unequal) to the primary key of {@code target}; IS [NOT] NULL for null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Expression<Boolean> references(RelationshipAttribute relation, @Nullable Object target, boolean negate) {
        List<Expression<Boolean>> parts = new ArrayList<>();
        for (ColumnPair pair : relation.pairs()) {
            Expression local = pair.local();
            if (target == null) {
                parts.add(negate ? local.isNotNull() : local.isNull());
                continue;
            }
            if (!relation.targetType().isInstance(target)) {
                throw new IllegalArgumentException("'" + relation.name() + "' is compared with a "
                        + target.getClass().getName() + "; it takes a " + relation.targetType().getName());
            }
            ColumnAttribute key = relation.target().attributeFor(pair.remote());
            Object value = key == null ? null : key.get(target);
            if (value == null) {
                throw new IllegalArgumentException("The " + relation.targetType().getSimpleName() + " given for '"
                        + relation.name() + "' has no " + pair.remote().name() + " yet (save it first)");
            }
            parts.add(negate ? local.ne(value) : local.eq(value));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return negate && target != null ? Sql.or(parts) : Sql.and(parts);
    }
}
