package dev.ormkit.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Objects;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A collection of tables: what {@code createAll} creates and migrations compare against.
 * SQLAlchemy's {@code MetaData}.
 */
public final class MetaData {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Class<?>> mappedClasses = new ArrayList<>();
    private final NamingConvention namingConvention;

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
        md.mappedClasses.addAll(Arrays.asList(mappedClasses));
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
        md.mappedClasses.addAll(classes);
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

    /**
     * An empty MetaData naming unnamed constraints by Alembic's recommended convention
     * ({@link NamingConvention#ALEMBIC}); add tables with {@link #table}.
     */
    public MetaData() {
        this(NamingConvention.ALEMBIC);
    }

    /** An empty MetaData whose tables name unnamed constraints by {@code namingConvention}. */
    public MetaData(NamingConvention namingConvention) {
        this.namingConvention = Objects.requireNonNull(namingConvention, "namingConvention");
    }

    /** How this MetaData's tables name constraints and indexes declared without a name. */
    public NamingConvention namingConvention() {
        return namingConvention;
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
        Table t = new Table(name, Arrays.asList(elements), namingConvention);
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

    /**
     * The mapped classes this MetaData was made from ({@link #of}, {@link #scan}); empty for
     * one built from tables. A session factory validates their mappings at start-up.
     */
    public synchronized List<Class<?>> mappedClasses() {
        return List.copyOf(mappedClasses);
    }

    /** Every table, in definition order. */
    public synchronized List<Table> tables() {
        return Collections.unmodifiableList(new ArrayList<>(tables.values()));
    }

    /**
     * Every table, parents before children: each table comes after the tables its foreign
     * keys refer to (cycles aside, see {@link #createAll(SchemaConnection)}); ties keep definition
     * order. The order {@link #createAll} creates in; {@link #dropAll} drops in reverse.
     */
    public List<Table> sortedTables() {
        return Collections.unmodifiableList(TableSorter.sort(tables()).sorted());
    }

    /**
     * Creates the tables that do not exist yet, with their indexes, in foreign-key order, and
     * commits. SQLAlchemy's {@code metadata.create_all(engine)}.
     */
    public void createAll(SchemaConnectionSource engine) {
        try (SchemaConnection conn = engine.connect()) {
            createAll(conn);
            conn.commit();
        }
    }

    /**
     * Creates the missing tables through {@code conn}, without committing. Tables that refer to
     * each other (a dependency cycle) are created first and the foreign keys that close the
     * cycle added afterwards with {@code ALTER TABLE ... ADD CONSTRAINT}; on SQLite, which cannot
     * alter constraints but does not check foreign keys at CREATE time, they stay in
     * {@code CREATE TABLE}. Existing tables are left as they are, even where they differ.
     */
    public void createAll(SchemaConnection conn) {
        DdlDialect dialect = conn.dialect();
        Set<String> existing = new HashSet<>(Inspector.of(conn).tableNames());
        TableSorter order = TableSorter.sort(tables());
        List<Table> created = new ArrayList<>();
        for (Table t : order.sorted()) {
            if (existing.contains(t.name())) {
                continue;
            }
            List<ForeignKeyConstraint> deferred = dialect.supportsAlterForeignKey() ? order.cycleKeys(t) : List.of();
            conn.executeDdl(new CreateTable(t, deferred));
            for (Index index : t.indexes()) {
                conn.executeDdl(new CreateIndex(t, index));
            }
            created.add(t);
        }
        if (dialect.supportsAlterForeignKey()) {
            for (Table t : created) {
                for (ForeignKeyConstraint fk : order.cycleKeys(t)) {
                    conn.executeDdl(new AddForeignKey(t, fk));
                }
            }
        }
    }

    /** Drops this MetaData's tables that exist, children before parents, and commits. */
    public void dropAll(SchemaConnectionSource engine) {
        try (SchemaConnection conn = engine.connect()) {
            dropAll(conn);
            conn.commit();
        }
    }

    /**
     * Drops the existing tables through {@code conn}, without committing: first the foreign
     * keys that close dependency cycles, then the tables in reverse foreign-key order.
     */
    public void dropAll(SchemaConnection conn) {
        DdlDialect dialect = conn.dialect();
        Inspector inspector = Inspector.of(conn);
        Set<String> existing = new HashSet<>(inspector.tableNames());
        TableSorter order = TableSorter.sort(tables());
        List<Table> toDrop = new ArrayList<>();
        for (Table t : order.sorted()) {
            if (existing.contains(t.name())) {
                toDrop.add(0, t);
            }
        }
        String defer = dialect.deferForeignKeyChecksStatement();
        if (!dialect.supportsAlterForeignKey() && defer != null && hasCycleKeys(order, toDrop)) {
            // rows may refer round the cycle, so no drop order satisfies the keys on its own
            conn.executeDdl(new RawDdl(defer));
        }
        if (dialect.supportsAlterForeignKey()) {
            for (Table t : toDrop) {
                List<ForeignKeyConstraint> cycle = order.cycleKeys(t);
                if (cycle.isEmpty()) {
                    continue;
                }
                List<ReflectedForeignKey> live = inspector.foreignKeys(t.name());
                for (ForeignKeyConstraint fk : cycle) {
                    String name = liveName(fk, live);
                    if (name != null) {
                        conn.executeDdl(new DropForeignKey(t, name));
                    }
                }
            }
        }
        for (Table t : toDrop) {
            conn.executeDdl(new DropTable(t));
        }
    }

    private static boolean hasCycleKeys(TableSorter order, List<Table> tables) {
        for (Table t : tables) {
            if (!order.cycleKeys(t).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The database's name for {@code fk}: the reflected key with the same columns and target. */
    private static @Nullable String liveName(ForeignKeyConstraint fk, List<ReflectedForeignKey> live) {
        for (ReflectedForeignKey r : live) {
            if (r.columns().equals(fk.columns()) && r.referredTable().equals(fk.referredTable())) {
                return r.name();
            }
        }
        return null;
    }
}
