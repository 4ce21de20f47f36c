package dev.ormkit.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.ormkit.exc.MappingException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Table;

/**
 * Operations on a set of mapped classes: validating them together (what a session factory
 * does at start-up), gathering their tables, scanning a package for them.
 */
public final class Mappings {
    private Mappings() {
    }

    /**
     * Builds the mappings of {@code classes} and of every class their relationships reach,
     * resolves every relationship, and checks that no two unrelated classes share a table.
     *
     * @return the mappings, the given classes first, then those reached through relationships
     * @throws MappingException naming the class, the field and the fix for the first problem found
     */
    public static List<EntityMapping<?>> validate(Class<?>... classes) {
        return validate(Arrays.asList(classes));
    }

    /** {@link #validate(Class...)} over a list. */
    public static List<EntityMapping<?>> validate(List<Class<?>> classes) {
        return validate(classes, List.of());
    }

    /**
     * {@link #validate(List)}, with the association tables the application declared in Core
     * ({@code metadata.table("post_tags", ...)}): a many-to-many whose {@code secondary} names one
     * of them uses it instead of a created table. The declarations belong to this call (a
     * session factory's MetaData), not to the process: two factories with different models may
     * each declare their {@code post_tags}.
     *
     * @throws MappingException when a relationship was resolved, by earlier use of its class,
     *     against another table of that name than the one declared here
     */
    public static List<EntityMapping<?>> validate(List<Class<?>> classes, Collection<Table> associationTables) {
        Map<String, Table> declared = new LinkedHashMap<>();
        for (Table t : associationTables) {
            declared.put(t.name(), t);
        }
        List<EntityMapping<?>> mappings = build(classes);
        checkForeignKeyTargets(mappings, declared);
        for (EntityMapping<?> m : mappings) {
            m.resolveRelationships(declared);
        }
        for (EntityMapping<?> m : mappings) {
            for (RelationshipAttribute r : m.relationships()) {
                Table used = r.secondary();
                Table wanted = used == null ? null : declared.get(used.name());
                if (used != null && wanted != null && !AssociationTables.sameTable(used, wanted)) {
                    throw MappingException.at(m.type(), r.name(), "uses association table " + used.name()
                            + " as it was resolved when the class was first used, not the " + used.name()
                            + " declared in this MetaData (other columns)",
                            "Build the session factory (or call Mappings.validate with the MetaData's tables) before"
                            + " anything else uses " + m.type().getSimpleName() + ", or declare the same columns");
                }
            }
        }
        return mappings;
    }

    /**
     * Every {@code @ForeignKey} names a column of the table it refers to, and, when a MetaData
     * declared the application's tables, a table of the mapped classes or of that MetaData: a
     * misspelt key would otherwise surface only as a database error at DDL or flush time, or as
     * a relationship that finds no key. Without a MetaData, a table no class given reaches may
     * be mapped elsewhere or made by migrations, so only keys into known tables are checked.
     */
    private static void checkForeignKeyTargets(List<EntityMapping<?>> mappings, Map<String, Table> declared) {
        Map<String, Table> known = new LinkedHashMap<>(declared);
        for (EntityMapping<?> m : mappings) {
            for (Table t : m.tables()) {
                known.putIfAbsent(t.name(), t);
            }
        }
        for (EntityMapping<?> m : mappings) {
            for (Table t : m.tables()) {
                for (ForeignKeyConstraint fk : t.foreignKeys()) {
                    if (fk.referredTable().contains(".")) {
                        continue; // schema-qualified: a table of another schema, not ours to check
                    }
                    Table target = known.get(fk.referredTable());
                    if (target == null && declared.isEmpty()) {
                        continue;
                    }
                    String missing = target == null ? "table " + fk.referredTable() : null;
                    for (int i = 0; missing == null && i < fk.referredColumns().size(); i++) {
                        if (target.findColumn(fk.referredColumns().get(i)) == null) {
                            missing = "column " + fk.referredColumns().get(i) + " of table " + fk.referredTable();
                        }
                    }
                    if (missing != null) {
                        throw MappingException.at(m.type(), fieldOf(m, t, fk.columns().get(0)),
                                "foreign key " + fk.columns() + " refers to " + missing + ", which no mapped class"
                                        + " or declared table has",
                                "Fix @ForeignKey(\"table.column\"), or map or declare the table it refers to");
                    }
                }
            }
        }
    }

    private static String fieldOf(EntityMapping<?> m, Table t, String columnName) {
        Column<?> column = t.findColumn(columnName);
        ColumnAttribute a = column == null ? null : m.attributeFor(column);
        return a == null ? columnName : a.name();
    }

    private static List<EntityMapping<?>> build(List<Class<?>> classes) {
        Map<Class<?>, EntityMapping<?>> seen = new LinkedHashMap<>();
        List<Class<?>> queue = new ArrayList<>(classes);
        for (int i = 0; i < queue.size(); i++) {
            Class<?> c = queue.get(i);
            if (seen.containsKey(c)) {
                continue;
            }
            EntityMapping<?> m = EntityMapping.of(c);
            seen.put(c, m);
            for (EntityMapping<?> sub : m.subclasses()) {
                queue.add(sub.type());
            }
            for (RelationshipAttribute r : m.relationshipsDeclared()) { // not resolved yet: the caller resolves
                queue.add(r.targetType());
            }
        }
        Map<String, EntityMapping<?>> byTable = new LinkedHashMap<>();
        for (EntityMapping<?> m : seen.values()) {
            EntityMapping<?> other = byTable.putIfAbsent(m.table().name(), m);
            if (other != null && other.root() != m.root()) {
                throw MappingException.at(m.type(), "maps to table " + m.table().name() + ", as does "
                        + other.type().getName() + ", and neither inherits from the other",
                        "Give one of them another @Table name, or declare an @Inheritance hierarchy over both");
            }
        }
        return new ArrayList<>(seen.values());
    }

    /**
     * The tables of {@code classes}: each class's tables, then the association tables of their
     * many-to-many relationships. Validates the classes first.
     */
    public static List<Table> tablesOf(List<Class<?>> classes) {
        Set<Table> out = new LinkedHashSet<>();
        List<EntityMapping<?>> mappings = validate(classes);
        for (EntityMapping<?> m : mappings) {
            if (classes.contains(m.type()) || classes.contains(m.rootType())) {
                out.addAll(m.tables());
            }
        }
        for (EntityMapping<?> m : mappings) {
            for (RelationshipAttribute r : m.relationships()) {
                Table secondary = r.secondary();
                if (secondary != null && classes.contains(m.type())) {
                    out.add(secondary);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The mapped classes in {@code packageName} and its sub-packages: classes with
     * {@code @Table} and the subclasses their {@code @Inheritance} lists, sorted by name.
     */
    public static List<Class<?>> scan(String packageName, ClassLoader loader) {
        List<Class<?>> out = new ArrayList<>();
        for (String name : ClassPathScanner.classNames(packageName, loader)) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a class that cannot load is not one of the application's models
            }
            if (EntityMapping.isMapped(c)) {
                out.add(c);
            }
        }
        return out;
    }

}
