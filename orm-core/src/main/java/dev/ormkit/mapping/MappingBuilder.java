package dev.ormkit.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.MappingException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeySpec;
import dev.ormkit.schema.MetaData;
import dev.ormkit.sql.SqlType;
import dev.ormkit.schema.TableElement;
import dev.ormkit.sql.Expression;
import dev.ormkit.sql.FromClause;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;

/** Reads a class's annotations and builds its {@link EntityMapping}; called under {@link EntityMapping#LOCK}. */
final class MappingBuilder {
    /** {@code @Column} with every default, for fields that carry none. */
    @dev.ormkit.mapping.Column
    private static final Object DEFAULTS_HOLDER = new Object();
    private static final dev.ormkit.mapping.Column DEFAULT_COLUMN = defaultColumn();

    private MappingBuilder() {
    }

    private static dev.ormkit.mapping.Column defaultColumn() {
        try {
            return MappingBuilder.class.getDeclaredField("DEFAULTS_HOLDER").getAnnotation(dev.ormkit.mapping.Column.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isMapped(Class<?> type) {
        return type.isAnnotationPresent(Table.class) || inheritanceRoot(type) != null;
    }

    /** The ancestor (or {@code type} itself) whose {@code @Inheritance} lists {@code type}, or null. */
    static @Nullable Class<?> inheritanceRoot(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Inheritance inh = c.getAnnotation(Inheritance.class);
            if (inh != null && c.isAnnotationPresent(Table.class)) {
                if (c == type) {
                    return c;
                }
                for (Class<?> sub : inh.subclasses()) {
                    if (sub == type) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    static <E> EntityMapping<E> build(Class<E> type) {
        Class<?> root = inheritanceRoot(type);
        if (root == null) {
            if (!type.isAnnotationPresent(Table.class)) {
                throw MappingException.at(type, "is not a mapped class",
                        type.isAnnotationPresent(MappedSuperclass.class)
                                ? "A @MappedSuperclass has no table of its own; map its subclasses with @Table"
                                : "Annotate it with @Table(\"table_name\")");
            }
            return buildRoot(type, null);
        }
        Inheritance inh = root.getAnnotation(Inheritance.class);
        if (root == type) {
            return buildRoot(type, inh);
        }
        return buildSubclass(type, root, inh);
    }

    // --- roots and plain classes ---------------------------------------------------------------

    private static <E> EntityMapping<E> buildRoot(Class<E> type, @Nullable Inheritance inh) {
        String tableName = type.getAnnotation(Table.class).value();
        List<Field> fields = mappedFields(type, null);
        Map<String, ColumnSpec> specs = new LinkedHashMap<>();
        List<RelationshipAttribute> relationships = new ArrayList<>();
        for (Field f : fields) {
            addField(type, f, false, specs, relationships);
        }
        Column<?> discriminator = null;
        String discriminatorValue = null;
        if (inh != null) {
            DiscriminatorColumn dc = type.getAnnotation(DiscriminatorColumn.class);
            String dcName = dc != null ? dc.value() : "type";
            if (!specs.containsKey(dcName)) {
                specs.put(dcName, new ColumnSpec(null, Column.of(dcName, dev.ormkit.schema.Types.string(dc != null ? dc.length() : 50)).notNull(), null));
            }
            discriminatorValue = discriminatorValue(type);
            if (inh.strategy() == InheritanceType.SINGLE_TABLE) {
                // every subclass's own columns live in the root table, nullable as other classes' rows lack them
                for (Class<?> sub : inh.subclasses()) {
                    checkSubclass(type, sub, inh);
                    for (Field f : declaredMappedFields(sub, type)) {
                        if (!f.isAnnotationPresent(Relationship.class)) {
                            ColumnSpec spec = columnSpec(sub, f, true);
                            ColumnSpec existing = specs.get(spec.column.name());
                            if (existing != null && existing.field != null && existing.field.getDeclaringClass() != f.getDeclaringClass()
                                    && !existing.column.type().equals(spec.column.type())) {
                                throw MappingException.at(sub, f.getName(), "column " + spec.column.name()
                                        + " is also declared by " + existing.field.getDeclaringClass().getName() + " with another type",
                                        "Give one of the fields another @Column(name = ...)");
                            }
                            specs.putIfAbsent(spec.column.name(), spec);
                        }
                    }
                }
            } else {
                for (Class<?> sub : inh.subclasses()) {
                    checkSubclass(type, sub, inh);
                }
            }
        }
        dev.ormkit.schema.Table table = makeTable(type, tableName, specs);
        if (table.primaryKey().isEmpty()) {
            throw MappingException.at(type, "has no primary key",
                    "Mark the identifying field @Column(primaryKey = true), e.g. `@Column(primaryKey = true) Long id;`");
        }
        List<ColumnAttribute> attributes = new ArrayList<>();
        for (ColumnSpec spec : specs.values()) {
            if (spec.attribute != null && spec.field != null && spec.field.getDeclaringClass().isAssignableFrom(type)) {
                attributes.add(spec.attribute.withColumn(table.c(spec.column.name())));
            }
        }
        if (discriminator == null && inh != null) {
            DiscriminatorColumn dc = type.getAnnotation(DiscriminatorColumn.class);
            discriminator = table.c(dc != null ? dc.value() : "type");
        }
        return new EntityMapping<>(type, null, inh != null ? inh.strategy() : null, table, List.of(table), table,
                table.columns(), attributes, relationships, discriminator, discriminatorValue, constructor(type));
    }

    private static void checkSubclass(Class<?> root, Class<?> sub, Inheritance inh) {
        if (!root.isAssignableFrom(sub) || sub == root) {
            throw MappingException.at(root, "@Inheritance lists " + sub.getName() + ", which is not a subclass of it",
                    "List only subclasses of " + root.getSimpleName() + " in @Inheritance(subclasses = ...)");
        }
        if (inh.strategy() == InheritanceType.SINGLE_TABLE && sub.isAnnotationPresent(Table.class)
                && !sub.getAnnotation(Table.class).value().equals(root.getAnnotation(Table.class).value())) {
            throw MappingException.at(sub, "has its own @Table under single-table inheritance",
                    "Remove @Table from " + sub.getSimpleName() + ", or use InheritanceType.JOINED on " + root.getSimpleName());
        }
    }

    private static String discriminatorValue(Class<?> type) {
        DiscriminatorValue dv = type.getAnnotation(DiscriminatorValue.class);
        return dv != null ? dv.value() : type.getSimpleName();
    }

    // --- subclasses ------------------------------------------------------------------------------

    private static <E> EntityMapping<E> buildSubclass(Class<E> type, Class<?> root, Inheritance inh) {
        Class<?> parentType = type.getSuperclass();
        while (parentType != root && inheritanceRoot(parentType) == null) {
            parentType = parentType.getSuperclass();
        }
        EntityMapping<?> parent = EntityMapping.of(parentType);
        List<Field> own = declaredMappedFields(type, parentType);
        List<RelationshipAttribute> relationships = new ArrayList<>(parent.relationshipsDeclared());
        List<ColumnAttribute> attributes = new ArrayList<>(parent.columnAttributes());
        dev.ormkit.schema.Table table;
        List<dev.ormkit.schema.Table> tables;
        FromClause selectable;
        List<Column<?>> selected;
        if (inh.strategy() == InheritanceType.SINGLE_TABLE) {
            table = parent.table();
            tables = parent.tables();
            selectable = parent.selectable();
            selected = parent.selectedColumns();
            for (Field f : own) {
                if (f.isAnnotationPresent(Relationship.class)) {
                    relationships.add(relationship(type, f));
                } else {
                    ColumnSpec spec = columnSpec(type, f, true);
                    attributes.add(spec.attribute.withColumn(table.c(spec.column.name())));
                }
            }
        } else {
            Table ann = type.getAnnotation(Table.class);
            if (ann == null) {
                throw MappingException.at(type, "is a joined-inheritance subclass without a table",
                        "Annotate it with @Table(\"table_name\") for its own columns");
            }
            dev.ormkit.schema.Table parentTable = parent.table();
            Map<String, ColumnSpec> specs = new LinkedHashMap<>();
            // the subclass row shares the root's key, and references it
            for (Column<?> pk : parentTable.primaryKey()) {
                specs.put(pk.name(), new ColumnSpec(null, copyForKey(pk, parentTable), null));
            }
            for (Field f : own) {
                addField(type, f, false, specs, relationships);
            }
            table = makeTable(type, ann.value(), specs);
            for (ColumnSpec spec : specs.values()) {
                if (spec.attribute != null) {
                    attributes.add(spec.attribute.withColumn(table.c(spec.column.name())));
                }
            }
            tables = new ArrayList<>(parent.tables());
            tables.add(table);
            selectable = parent.selectable().join(table, keyJoin(parentTable, table));
            selected = new ArrayList<>(parent.selectedColumns());
            for (Column<?> c : table.columns()) {
                if (!c.isPrimaryKey()) {
                    selected.add(c);
                }
            }
        }
        return new EntityMapping<>(type, parent, inh.strategy(), table, tables, selectable, selected, attributes,
                relationships, parent.discriminatorColumn(), discriminatorValue(type), constructor(type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<?> copyForKey(Column<?> pk, dev.ormkit.schema.Table parentTable) {
        return Column.of(pk.name(), (SqlType) pk.type()).primaryKey().autoincrement(false)
                .foreignKey(parentTable.name() + "." + pk.name());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expression<Boolean> keyJoin(dev.ormkit.schema.Table parent, dev.ormkit.schema.Table child) {
        List<Expression<Boolean>> on = new ArrayList<>();
        for (Column<?> pk : parent.primaryKey()) {
            on.add(((Expression) pk).eq((Expression) child.c(pk.name())));
        }
        return Sql.and(on);
    }

    // --- fields ----------------------------------------------------------------------------------

    /** Mapped fields of {@code type} and its {@code @MappedSuperclass} ancestors, top-most first. */
    private static List<Field> mappedFields(Class<?> type, @Nullable Class<?> stopAt) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class && c != stopAt; c = c.getSuperclass()) {
            if (c == type || c.isAnnotationPresent(MappedSuperclass.class)) {
                chain.push(c);
            }
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (isMappedField(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Fields a subclass adds to {@code parent}: its own and those of classes in between. */
    private static List<Field> declaredMappedFields(Class<?> sub, Class<?> parent) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = sub; c != null && c != parent && c != Object.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (isMappedField(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean isMappedField(Field f) {
        int m = f.getModifiers();
        return !Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()
                && !f.isAnnotationPresent(Transient.class);
    }

    private static void addField(Class<?> type, Field f, boolean forceNullable, Map<String, ColumnSpec> specs,
                                 List<RelationshipAttribute> relationships) {
        if (f.isAnnotationPresent(Relationship.class)) {
            relationships.add(relationship(type, f));
            return;
        }
        ColumnSpec spec = columnSpec(type, f, forceNullable);
        ColumnSpec clash = specs.get(spec.column.name());
        if (clash != null) {
            throw MappingException.at(type, f.getName(), "maps to column " + spec.column.name() + ", as does "
                    + (clash.field != null ? "field " + clash.field.getName() : "the discriminator"),
                    "Give one of them another @Column(name = ...)");
        }
        specs.put(spec.column.name(), spec);
    }

    /** A column definition and its (not yet bound) attribute. */
    private static final class ColumnSpec {
        final @Nullable Field field;
        final Column<?> column;
        final @Nullable ColumnAttribute attribute;

        ColumnSpec(@Nullable Field field, Column<?> column, @Nullable ColumnAttribute attribute) {
            this.field = field;
            this.column = column;
            this.attribute = attribute;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnSpec columnSpec(Class<?> type, Field f, boolean forceNullable) {
        dev.ormkit.mapping.Column ann = f.getAnnotation(dev.ormkit.mapping.Column.class);
        if (ann == null) {
            ann = DEFAULT_COLUMN;
        }
        if (isMapped(f.getType()) || Collection.class.isAssignableFrom(f.getType()) && isMapped(elementType(f))) {
            throw MappingException.at(type, f.getName(), "refers to mapped class "
                    + (isMapped(f.getType()) ? f.getType() : elementType(f)).getSimpleName() + " without @Relationship",
                    "Annotate the field @Relationship, or @Transient to leave it unmapped");
        }
        Class<?> javaType = dev.ormkit.schema.Types.boxed(f.getType());
        ForeignKey fk = f.getAnnotation(ForeignKey.class);
        boolean version = f.isAnnotationPresent(Version.class);
        boolean keyLike = ann.primaryKey() || ann.unique() || ann.index() || fk != null;
        SqlType<?> sqlType = ColumnTypes.of(type, f, ann, keyLike);
        if (version && javaType != Integer.class && javaType != Long.class && javaType != Short.class) {
            throw MappingException.at(type, f.getName(), "a @Version field must be an integer, not " + javaType.getSimpleName(),
                    "Declare it Integer or Long");
        }
        String name = ann.name().isEmpty() ? Names.snakeCase(f.getName()) : ann.name();
        Column col = Column.of(name, (SqlType) sqlType);
        if (ann.primaryKey()) {
            col = col.primaryKey();
        } else if ((!ann.nullable() || version) && !forceNullable) {
            col = col.notNull();
        }
        if (ann.unique()) {
            col = col.unique();
        }
        if (ann.index()) {
            col = col.index();
        }
        if (!ann.serverDefault().isEmpty()) {
            col = col.serverDefault(ann.serverDefault());
        }
        if (fk != null) {
            try {
                col = col.foreignKey(ForeignKeySpec.parse(fk.value()).onDelete(fk.onDelete()).onUpdate(fk.onUpdate()));
            } catch (ArgumentException e) {
                throw MappingException.at(type, f.getName(), e.getMessage(), "Write @ForeignKey(\"table.column\")");
            }
        }
        Object literal = ann.defaultValue().isEmpty() ? null : Literals.parse(type, f.getName(), javaType, ann.defaultValue());
        Supplier<?> supplier = ann.insertDefault() == dev.ormkit.mapping.Column.NoDefault.class ? null : supplier(type, f, ann.insertDefault());
        ColumnAttribute attribute = new ColumnAttribute(type, f, col, javaType, FieldAccess.of(f), version, literal, supplier);
        return new ColumnSpec(f, col, attribute);
    }

    private static Supplier<?> supplier(Class<?> type, Field f, Class<? extends Supplier<?>> supplierType) {
        try {
            MethodHandle ctor = FieldAccess.privateLookup(supplierType).findConstructor(supplierType, MethodType.methodType(void.class));
            return (Supplier<?>) ctor.invoke();
        } catch (Throwable e) {
            throw MappingException.at(type, f.getName(), "insertDefault " + supplierType.getName() + " cannot be instantiated ("
                    + e + ")", "Give the supplier class a no-argument constructor");
        }
    }

    private static RelationshipAttribute relationship(Class<?> type, Field f) {
        Relationship rel = f.getAnnotation(Relationship.class);
        boolean collection = Collection.class.isAssignableFrom(f.getType());
        Class<?> target = collection ? elementType(f) : f.getType();
        if (Map.class.isAssignableFrom(f.getType()) || target == Object.class) {
            throw MappingException.at(type, f.getName(), "a relationship field must be the target class or a List/Set of it, not "
                    + f.getGenericType().getTypeName(), "Declare it e.g. `User author;` or `List<Post> posts;`");
        }
        if (!isMapped(target)) {
            throw MappingException.at(type, f.getName(), "relationship target " + target.getName() + " is not a mapped class",
                    "Annotate " + target.getSimpleName() + " with @Table, or mark the field @Transient");
        }
        if (collection && !rel.uselist()) {
            throw MappingException.at(type, f.getName(), "uselist = false on a collection field",
                    "Declare the field as " + target.getSimpleName() + ", or drop uselist = false");
        }
        Set<CascadeType> cascade;
        try {
            cascade = CascadeType.parse(rel.cascade());
        } catch (IllegalArgumentException e) {
            throw MappingException.at(type, f.getName(), e.getMessage(), "Fix @Relationship(cascade = ...)");
        }
        return new RelationshipAttribute(type, f, FieldAccess.of(f), target, collection, rel, cascade);
    }

    private static Class<?> elementType(Field f) {
        Type g = f.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    // --- tables ----------------------------------------------------------------------------------

    private static dev.ormkit.schema.Table makeTable(Class<?> type, String name, Map<String, ColumnSpec> specs) {
        List<TableElement> elements = new ArrayList<>();
        for (ColumnSpec s : specs.values()) {
            elements.add(s.column);
        }
        try {
            // each class's table is made in a MetaData of its own; MetaData.of(...) gathers them
            return new MetaData().table(name, elements.toArray(new TableElement[0]));
        } catch (ArgumentException e) {
            throw MappingException.at(type, "its table " + name + " is invalid: " + e.getMessage(), "Fix the @Column declarations");
        }
    }

    private static MethodHandle constructor(Class<?> type) {
        try {
            return FieldAccess.privateLookup(type).findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw MappingException.at(type, "has no no-argument constructor",
                    "Add one (it may be private or protected): ormkit creates objects through it when loading rows");
        }
    }
}
