package dev.ormkit.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A collection of tables: what {@code createAll} creates and migrations compare against.
 * SQLAlchemy's {@code MetaData}.
 */
public final class MetaData {
    private final Map<String, Table> tables = new LinkedHashMap<>();

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
