package dev.ormkit.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A collection of tables: what {@code createAll} creates and migrations compare against.
 * SQLAlchemy's {@code MetaData}.
 */
public final class MetaData {
    private final Map<String, Table> tables = new LinkedHashMap<>();

    /**
     * A MetaData holding the tables of mapped classes (and the association tables of their
     * many-to-many relationships): {@code MetaData.of(User.class, Post.class)}.
     *
     * @throws ArgumentException when the ORM mapping layer is not on the class path
     */
    public static MetaData of(Class<?>... mappedClasses) {
        MetaData md = new MetaData();
        for (Table t : classMapper().tablesOf(Arrays.asList(mappedClasses))) {
            md.add(t);
        }
        return md;
    }

    /**
     * A MetaData holding the tables of every mapped class in {@code packageName} and its
     * sub-packages, found on the class path (directories and jars).
     */
    public static MetaData scan(String packageName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = MetaData.class.getClassLoader();
        }
        ClassMapper mapper = classMapper();
        List<Class<?>> classes = mapper.scan(packageName, loader);
        if (classes.isEmpty()) {
            throw new ArgumentException("No mapped classes (@Table) found in package " + packageName);
        }
        MetaData md = new MetaData();
        for (Table t : mapper.tablesOf(classes)) {
            md.add(t);
        }
        return md;
    }

    private static ClassMapper classMapper() {
        for (ClassMapper m : ServiceLoader.load(ClassMapper.class, MetaData.class.getClassLoader())) {
            return m;
        }
        throw new ArgumentException("No mapping layer found to read mapped classes; is dev.ormkit.mapping on the class path?");
    }

    /**
     * Reads mapped classes into tables. The ORM's mapping layer implements it (registered in
     * {@code META-INF/services/dev.ormkit.schema.MetaData$ClassMapper}), so the schema package
     * does not depend on the ORM.
     */
    public interface ClassMapper {
        /** The tables of {@code classes}, their association tables included, in a stable order. */
        List<Table> tablesOf(List<Class<?>> classes);

        /** The mapped classes in {@code packageName} and its sub-packages. */
        List<Class<?>> scan(String packageName, ClassLoader loader);
    }

    /** An empty MetaData; add tables with {@link #table}. */
    public MetaData() {
    }

    /**
     * Defines a table from columns and constraints.
     *
     * @throws ArgumentException when a table of that name is already defined
     */
    public synchronized Table table(String name, TableElement... elements) {
        if (tables.containsKey(name)) {
            throw new ArgumentException("Table " + name + " is already defined in this MetaData");
        }
        Table t = new Table(name, Arrays.asList(elements));
        tables.put(name, t);
        return t;
    }

    /** Adds a table made elsewhere (by the mapper, say); an equal name must be the same table. */
    public synchronized void add(Table table) {
        Table existing = tables.get(table.name());
        if (existing != null && existing != table) {
            throw new ArgumentException("Table " + table.name() + " is already defined in this MetaData");
        }
        tables.put(table.name(), table);
    }

    /** The table named {@code name}, or null. */
    public synchronized @Nullable Table findTable(String name) {
        return tables.get(name);
    }

    /** The table named {@code name}. */
    public synchronized Table getTable(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new ArgumentException("No table " + name + " in this MetaData; it has " + tables.keySet());
        }
        return t;
    }

    /** Every table, in definition order. */
    public synchronized List<Table> tables() {
        return Collections.unmodifiableList(new ArrayList<>(tables.values()));
    }
}
