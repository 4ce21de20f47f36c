package dev.ormkit.mapping;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.MappingException;
import dev.ormkit.schema.Column;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.FromClause;
import org.jspecify.annotations.Nullable;

/**
 * How one class maps to the database: its table, its column attributes, its primary key,
 * version attribute, relationships and place in an inheritance hierarchy. Built once per
 * class by {@link #of} and cached; immutable and safe to share between threads.
 *
 * @param <E> the mapped class
 */
public final class EntityMapping<E> {
    /**
     * Mappings by class. A class's mapping follows from its annotations alone, so it is cached
     * on the class (and dropped with it: a reloaded application gets fresh ones).
     */
    private static final ClassValue<EntityMapping<?>> CACHE = new ClassValue<>() {
        @Override
        protected EntityMapping<?> computeValue(Class<?> type) {
            synchronized (LOCK) {
                return MappingBuilder.build(type);
            }
        }
    };
    /** Guards building: mappings of a hierarchy are built together and must not race. */
    static final Object LOCK = new Object();

    private final Class<E> type;
    private final @Nullable EntityMapping<?> parent;
    private final @Nullable InheritanceType inheritance;
    private final dev.ormkit.schema.Table table;
    private final List<dev.ormkit.schema.Table> tables;
    private final FromClause selectable;
    private final List<Column<?>> selectedColumns;
    private final List<ColumnAttribute> columns;
    private final Map<String, ColumnAttribute> columnsByName;
    private final Map<Column<?>, ColumnAttribute> columnsByColumn;
    private final List<ColumnAttribute> primaryKey;
    private final @Nullable ColumnAttribute version;
    private final List<RelationshipAttribute> relationships;
    private final Map<String, RelationshipAttribute> relationshipsByName;
    private final @Nullable Column<?> discriminatorColumn;
    private final @Nullable String discriminatorValue;
    private final MethodHandle constructor;
    /**
     * The generated accessor that runs {@code new} on the class, looked for after
     * {@link AccessorClasses#USES_BEFORE_GENERATING} instances made through {@link #constructor}
     * (as {@link FieldAccess} moves to it); null to go on calling the constructor handle. The
     * count is not synchronised: racing threads only look a few instances earlier or later, or twice.
     */
    private AccessorClasses.@Nullable Accessor instantiator;
    private int instancesBeforeInstantiator = AccessorClasses.USES_BEFORE_GENERATING;
    private final EntityClause clause;
    private volatile boolean relationshipsResolved;

    EntityMapping(Class<E> type, @Nullable EntityMapping<?> parent, @Nullable InheritanceType inheritance,
                  dev.ormkit.schema.Table table, List<dev.ormkit.schema.Table> tables, FromClause selectable,
                  List<Column<?>> selectedColumns, List<ColumnAttribute> columns, List<RelationshipAttribute> relationships,
                  @Nullable Column<?> discriminatorColumn, @Nullable String discriminatorValue, MethodHandle constructor) {
        this.type = type;
        this.parent = parent;
        this.inheritance = inheritance;
        this.table = table;
        this.tables = List.copyOf(tables);
        this.selectable = selectable;
        this.selectedColumns = List.copyOf(selectedColumns);
        this.columns = List.copyOf(columns);
        Map<String, ColumnAttribute> byName = new LinkedHashMap<>();
        Map<Column<?>, ColumnAttribute> byColumn = new java.util.IdentityHashMap<>();
        List<ColumnAttribute> pk = new ArrayList<>();
        ColumnAttribute ver = null;
        for (ColumnAttribute a : columns) {
            byName.put(a.name(), a);
            byColumn.put(a.column(), a);
            if (a.isPrimaryKey()) {
                pk.add(a);
            }
            if (a.isVersion()) {
                ver = a;
            }
        }
        this.columnsByName = Collections.unmodifiableMap(byName);
        this.columnsByColumn = byColumn;
        this.primaryKey = List.copyOf(pk);
        this.version = ver;
        this.relationships = List.copyOf(relationships);
        Map<String, RelationshipAttribute> rels = new LinkedHashMap<>();
        for (RelationshipAttribute r : relationships) {
            rels.put(r.name(), r);
        }
        this.relationshipsByName = Collections.unmodifiableMap(rels);
        this.discriminatorColumn = discriminatorColumn;
        this.discriminatorValue = discriminatorValue;
        this.constructor = constructor;
        this.clause = new EntityClause(this);
    }

    /**
     * The mapping of {@code type}, built on first use and cached.
     *
     * @throws MappingException when the class is not mapped or is mapped wrongly
     */
    @SuppressWarnings("unchecked")
    public static <E> EntityMapping<E> of(Class<E> type) {
        if (type.isSynthetic() && type.getSuperclass() != null && !type.isAnnotationPresent(Table.class)) {
            return (EntityMapping<E>) of(type.getSuperclass()); // a generated lazy-loading proxy of a mapped class
        }
        return (EntityMapping<E>) CACHE.get(type);
    }

    /** True when {@code type} carries {@code @Table} or is a declared subclass of a mapped hierarchy. */
    public static boolean isMapped(Class<?> type) {
        return MappingBuilder.isMapped(type);
    }

    public Class<E> type() {
        return type;
    }

    /** The table this class's own columns live in (the root's table under single-table inheritance). */
    public dev.ormkit.schema.Table table() {
        return table;
    }

    /** Every table holding a row of this class, root first (more than one under joined inheritance). */
    public List<dev.ormkit.schema.Table> tables() {
        return tables;
    }

    /** What a SELECT of this class reads from: its table, or the join of its tables. */
    public FromClause selectable() {
        return selectable;
    }

    /** The columns a SELECT of this class reads, in the order rows are read back. */
    public List<Column<?>> selectedColumns() {
        return selectedColumns;
    }

    /** This class as a SELECT-list element ({@code select(User.class)}). */
    public EntityClause clause() {
        return clause;
    }

    /** The column attributes, inherited ones first. */
    public List<ColumnAttribute> columnAttributes() {
        return columns;
    }

    /** The column attribute named {@code field}, or null. */
    public @Nullable ColumnAttribute findColumnAttribute(String field) {
        return columnsByName.get(field);
    }

    /**
     * The column attribute named {@code field}.
     *
     * @throws ArgumentException naming the known attributes when there is none
     */
    public ColumnAttribute columnAttribute(String field) {
        ColumnAttribute a = columnsByName.get(field);
        if (a == null) {
            throw new ArgumentException(type.getName() + " has no mapped column attribute " + field
                    + "; it has " + columnsByName.keySet());
        }
        return a;
    }

    /** The attribute mapped to {@code column} (a column of one of {@link #tables()}), or null. */
    public @Nullable ColumnAttribute attributeFor(Column<?> column) {
        return columnsByColumn.get(column);
    }

    /** The primary key attributes, in key column order. */
    public List<ColumnAttribute> primaryKey() {
        return primaryKey;
    }

    /** The {@link Version} attribute, or null. */
    public @Nullable ColumnAttribute version() {
        return version;
    }

    /**
     * The relationships, inherited ones first, with their joins worked out.
     *
     * @throws MappingException when a relationship cannot be resolved
     */
    public List<RelationshipAttribute> relationships() {
        if (!relationshipsResolved) {
            synchronized (LOCK) {
                if (!relationshipsResolved) {
                    for (RelationshipAttribute r : relationships) {
                        if (!r.isResolved()) {
                            RelationshipResolver.resolve(this, r, Map.of());
                        }
                    }
                    relationshipsResolved = true;
                }
            }
        }
        return relationships;
    }

    /**
     * Resolves the relationships not resolved yet, many-to-manys against the association tables
     * {@code declared} by name; those resolved before keep their tables (checked by the caller).
     */
    void resolveRelationships(Map<String, dev.ormkit.schema.Table> declared) {
        if (relationshipsResolved) {
            return;
        }
        synchronized (LOCK) {
            for (RelationshipAttribute r : relationships) {
                if (!r.isResolved()) {
                    RelationshipResolver.resolve(this, r, declared);
                }
            }
            relationshipsResolved = true;
        }
    }

    /** The relationship named {@code field}, or null. */
    public @Nullable RelationshipAttribute findRelationship(String field) {
        RelationshipAttribute r = relationshipsByName.get(field);
        if (r != null) {
            relationships();
        }
        return r;
    }

    /**
     * The relationship named {@code field}.
     *
     * @throws ArgumentException naming the known relationships when there is none
     */
    public RelationshipAttribute relationship(String field) {
        RelationshipAttribute r = findRelationship(field);
        if (r == null) {
            throw new ArgumentException(type.getName() + " has no relationship " + field
                    + "; it has " + relationshipsByName.keySet());
        }
        return r;
    }

    /** The declared relationships, unresolved, for a subclass's mapping to inherit. */
    List<RelationshipAttribute> relationshipsDeclared() {
        return relationships;
    }

    /** The declared relationships, unresolved: for resolving the other side without recursion. */
    @Nullable RelationshipAttribute declaredRelationship(String field) {
        return relationshipsByName.get(field);
    }

    /** A new instance through the no-argument constructor. */
    @SuppressWarnings("unchecked")
    public E newInstance() {
        AccessorClasses.Accessor generated = instantiator;
        if (generated == null && instancesBeforeInstantiator > 0 && --instancesBeforeInstantiator == 0) {
            generated = instantiator = AccessorClasses.of(type).instantiator();
        }
        try {
            if (generated != null) {
                return (E) generated.newInstance();
            }
            return (E) (Object) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingException("Cannot instantiate " + type.getName() + ": " + t, t);
        }
    }

    /**
     * The identity key of {@code entity}, or null while any primary key value is null (a new
     * object before flush).
     */
    public @Nullable EntityKey identityKey(Object entity) {
        if (primaryKey.size() == 1) { // the common case, without an array per key
            Object v = primaryKey.get(0).get(entity);
            return v == null ? null : EntityKey.ofValue(rootType(), v);
        }
        Object[] values = new Object[primaryKey.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = primaryKey.get(i).get(entity);
            if (v == null) {
                return null;
            }
            values[i] = v;
        }
        return EntityKey.of(rootType(), values);
    }

    /**
     * The identity key for a primary key value as a caller gives it ({@code session.get(User.class, 1L)}):
     * the value itself, or for a composite key an {@code Object[]} or {@code List} in key order.
     *
     * @throws ArgumentException when the value does not fit the key
     */
    public EntityKey keyFor(Object id) {
        if (primaryKey.size() == 1 && !(id instanceof Object[]) && !(id instanceof List<?>)) {
            checkKeyValue(0, id); // the common case, without an array per key
            return EntityKey.ofValue(rootType(), id);
        }
        Object[] values;
        if (id instanceof Object[] array) {
            values = array.clone();
        } else if (id instanceof List<?> list) {
            values = list.toArray();
        } else {
            values = new Object[] {id};
        }
        if (values.length != primaryKey.size()) {
            throw new ArgumentException(type.getName() + " has a primary key of " + primaryKey.size()
                    + " column(s) " + primaryKeyNames() + "; got " + values.length + " value(s)");
        }
        for (int i = 0; i < values.length; i++) {
            checkKeyValue(i, values[i]);
        }
        return EntityKey.of(rootType(), values);
    }

    private void checkKeyValue(int i, @Nullable Object value) {
        ColumnAttribute a = primaryKey.get(i);
        if (value == null || !a.javaType().isInstance(value)) {
            throw new ArgumentException("Primary key " + type.getSimpleName() + "." + a.name() + " is a "
                    + a.javaType().getSimpleName() + "; got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }

    private List<String> primaryKeyNames() {
        List<String> names = new ArrayList<>();
        for (ColumnAttribute a : primaryKey) {
            names.add(a.name());
        }
        return names;
    }

    /** The mapped superclass in an inheritance hierarchy, or null for a root. */
    public @Nullable EntityMapping<?> parent() {
        return parent;
    }

    /** The root of this class's hierarchy (this mapping when it is not a subclass). */
    public EntityMapping<?> root() {
        EntityMapping<?> m = this;
        while (m.parent != null) {
            m = m.parent;
        }
        return m;
    }

    /** The root class: identity keys use it so a subclass object and its root row share a key. */
    public Class<?> rootType() {
        return root().type;
    }

    /** The inheritance strategy of this class's hierarchy, or null when it has none. */
    public @Nullable InheritanceType inheritance() {
        return inheritance;
    }

    /** The discriminator column of the hierarchy, or null. */
    public @Nullable Column<?> discriminatorColumn() {
        return discriminatorColumn;
    }

    /** The discriminator value written for this class, or null outside a hierarchy. */
    public @Nullable String discriminatorValue() {
        return discriminatorValue;
    }

    /** The mappings of the declared subclasses of this class, at any depth. */
    public List<EntityMapping<?>> subclasses() {
        List<EntityMapping<?>> out = new ArrayList<>();
        Inheritance inh = root().type.getAnnotation(Inheritance.class);
        if (inh != null) {
            for (Class<?> sub : inh.subclasses()) {
                if (sub != type && type.isAssignableFrom(sub)) {
                    out.add(of(sub));
                }
            }
        }
        return out;
    }

    /** The class of the hierarchy a row with {@code discriminator} belongs to, or null when unknown. */
    public @Nullable EntityMapping<?> forDiscriminator(@Nullable Object discriminator) {
        if (discriminator == null) {
            return null;
        }
        String value = discriminator.toString();
        EntityMapping<?> root = root();
        if (value.equals(root.discriminatorValue)) {
            return root;
        }
        for (EntityMapping<?> sub : root.subclasses()) {
            if (value.equals(sub.discriminatorValue)) {
                return sub;
            }
        }
        return null;
    }

    /**
     * For a subclass under single-table inheritance, the WHERE criterion selecting its rows
     * ({@code type IN ('manager', ...)}, its subclasses included); null otherwise.
     */
    @SuppressWarnings("unchecked")
    public @Nullable Expression<Boolean> discriminatorCriterion() {
        if (parent == null || inheritance != InheritanceType.SINGLE_TABLE || discriminatorColumn == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        values.add(discriminatorValue);
        for (EntityMapping<?> sub : subclasses()) {
            values.add(sub.discriminatorValue);
        }
        return ((Column<String>) discriminatorColumn).in(values);
    }

    @Override
    public String toString() {
        return "EntityMapping(" + type.getName() + " -> " + table.name() + ")";
    }
}
