package dev.ormkit.mapping.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.Select;
import dev.ormkit.sql.Sql;

/**
 * A relationship of {@code E} to {@code T} in the metamodel: what joins and loader options take
 * ({@code join(Post_.tags)}, {@code selectinLoad(User_.posts)}).
 *
 * @param <E> the mapped class declaring the relationship
 * @param <T> the related class
 */
public abstract class RelationAttribute<E, T> {
    private final Class<E> entity;
    private final String attribute;
    private final Class<T> target;

    protected RelationAttribute(Class<E> entity, String attribute, Class<T> target) {
        this.entity = entity;
        this.attribute = attribute;
        this.target = target;
    }

    public Class<E> entity() {
        return entity;
    }

    /** The field name. */
    public String attribute() {
        return attribute;
    }

    /** The related class. */
    public Class<T> target() {
        return target;
    }

    /** The resolved relationship: direction, join columns, partner. */
    public RelationshipAttribute relationship() {
        return EntityMapping.of(entity).relationship(attribute);
    }

    /**
     * {@code EXISTS (SELECT 1 FROM target WHERE <join to the enclosing row> AND criteria)}:
     * the SQL behind {@code any()} and {@code has()}. It correlates to the declaring class's
     * table in the enclosing query; a many-to-many goes through its association table.
     */
    @SafeVarargs
    protected final Expression<Boolean> existsRelated(Expression<Boolean>... criteria) {
        RelationshipAttribute r = relationship();
        EntityMapping<?> target = r.target();
        List<Expression<Boolean>> where = new ArrayList<>();
        where.add(r.primaryJoin());
        Expression<Boolean> secondary = r.secondaryJoin();
        Select inner = Sql.select(Sql.literalColumn("1"));
        if (secondary != null) {
            Table assoc = java.util.Objects.requireNonNull(r.secondary());
            inner = inner.selectFrom(assoc, target.selectable());
            where.add(secondary);
        } else {
            inner = inner.selectFrom(target.selectable());
        }
        Expression<Boolean> discriminator = target.discriminatorCriterion();
        if (discriminator != null) {
            where.add(discriminator);
        }
        where.addAll(Arrays.asList(criteria));
        return Sql.exists(inner.where(where));
    }

    @Override
    public String toString() {
        return entity.getSimpleName() + "." + attribute;
    }
}
