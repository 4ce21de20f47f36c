package dev.ormkit.mapping;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.OrderByItem;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;

/**
 * A field holding related objects ({@code User.posts}, {@code Post.author}, {@code Post.tags}):
 * its target class, direction, join columns, partner on the other side, cascades, loading
 * strategy and order. The join is worked out from the foreign keys when the mapping is
 * validated; until then only the declaration is known.
 */
public final class RelationshipAttribute {
    private final Class<?> owner;
    private final Field field;
    private final FieldAccess access;
    private final Class<?> targetType;
    private final boolean collection;
    private final Relationship declaration;
    private final Set<CascadeType> cascade;

    // resolved once by RelationshipResolver, then read-only
    private volatile boolean resolved;
    private @Nullable Direction direction;
    private @Nullable EntityMapping<?> target;
    private List<ColumnPair> pairs = List.of();
    private @Nullable Table secondary;
    private List<ColumnPair> secondaryPairs = List.of();
    private @Nullable RelationshipAttribute partner;
    private List<OrderByItem> orderBy = List.of();

    RelationshipAttribute(Class<?> owner, Field field, FieldAccess access, Class<?> targetType, boolean collection,
                          Relationship declaration, Set<CascadeType> cascade) {
        this.owner = owner;
        this.field = field;
        this.access = access;
        this.targetType = targetType;
        this.collection = collection;
        this.declaration = declaration;
        this.cascade = cascade;
    }

    void resolved(Direction dir, EntityMapping<?> targetMapping, List<ColumnPair> joinPairs, @Nullable Table secondaryTable,
                  List<ColumnPair> secondaryJoinPairs, @Nullable RelationshipAttribute partnerAttribute,
                  List<OrderByItem> order) {
        this.direction = dir;
        this.target = targetMapping;
        this.pairs = List.copyOf(joinPairs);
        this.secondary = secondaryTable;
        this.secondaryPairs = List.copyOf(secondaryJoinPairs);
        this.partner = partnerAttribute;
        this.orderBy = List.copyOf(order);
        this.resolved = true;
    }

    boolean isResolved() {
        return resolved;
    }

    private void requireResolved() {
        if (!resolved) {
            EntityMapping.of(owner).relationships();
        }
    }

    /** The field name. */
    public String name() {
        return field.getName();
    }

    /** The class declaring this relationship. */
    public Class<?> owner() {
        return owner;
    }

    public Field field() {
        return field;
    }

    /** The related class (the element type of a collection). */
    public Class<?> targetType() {
        return targetType;
    }

    /** The related class's mapping. */
    public EntityMapping<?> target() {
        requireResolved();
        return java.util.Objects.requireNonNull(target);
    }

    public Direction direction() {
        requireResolved();
        return java.util.Objects.requireNonNull(direction);
    }

    /** True when the field holds a collection (SQLAlchemy's {@code uselist}). */
    public boolean isCollection() {
        return collection;
    }

    /**
     * The join between this class's table and the target's ({@code local} in this class's
     * table, {@code remote} in the target's); for a many-to-many, between this class's table
     * and the {@link #secondary()} table.
     */
    public List<ColumnPair> pairs() {
        requireResolved();
        return pairs;
    }

    /** The association table of a many-to-many, or null. */
    public @Nullable Table secondary() {
        requireResolved();
        return secondary;
    }

    /** For a many-to-many: the join from the secondary table ({@code local}) to the target's ({@code remote}). */
    public List<ColumnPair> secondaryPairs() {
        requireResolved();
        return secondaryPairs;
    }

    /** The ON condition of {@link #pairs()}: SQLAlchemy's {@code primaryjoin}. */
    public Expression<Boolean> primaryJoin() {
        return condition(pairs());
    }

    /** The ON condition of {@link #secondaryPairs()} (many-to-many only): {@code secondaryjoin}. */
    public @Nullable Expression<Boolean> secondaryJoin() {
        return secondary() == null ? null : condition(secondaryPairs());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expression<Boolean> condition(List<ColumnPair> on) {
        List<Expression<Boolean>> parts = new ArrayList<>(on.size());
        for (ColumnPair p : on) {
            parts.add(((Expression) p.local()).eq((Expression) p.remote()));
        }
        return Sql.and(parts);
    }

    /** The relationship on the target class named by {@code backPopulates}, or null. */
    public @Nullable RelationshipAttribute backPopulates() {
        requireResolved();
        return partner;
    }

    public Set<CascadeType> cascade() {
        return cascade;
    }

    public boolean cascades(CascadeType type) {
        return cascade.contains(type);
    }

    /** The default loading strategy. */
    public Lazy lazy() {
        return declaration.lazy();
    }

    /** The ORDER BY of the collection, on the target's columns; empty when unordered. */
    public List<OrderByItem> orderBy() {
        requireResolved();
        return orderBy;
    }

    /** The field's value: the related object, the collection, or null. */
    public @Nullable Object get(Object entity) {
        return access.get(entity);
    }

    public void set(Object entity, @Nullable Object value) {
        access.set(entity, value);
    }

    /** A new empty collection suiting the field's declared type ({@code List}, {@code Set}, ...). */
    public Collection<Object> newCollection() {
        Class<?> type = field.getType();
        if (SortedSet.class.isAssignableFrom(type)) {
            return new TreeSet<>();
        }
        if (Set.class.isAssignableFrom(type)) {
            return new LinkedHashSet<>();
        }
        return new ArrayList<>();
    }

    Relationship declaration() {
        return declaration;
    }

    @Override
    public String toString() {
        return owner.getSimpleName() + "." + name() + " -> " + targetType.getSimpleName()
                + (resolved ? " (" + direction + ")" : "");
    }
}
