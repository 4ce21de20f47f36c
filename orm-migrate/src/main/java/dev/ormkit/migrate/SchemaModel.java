package dev.ormkit.migrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import dev.ormkit.schema.CheckConstraint;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.Inspector;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.NamingConvention;
import dev.ormkit.schema.PrimaryKeyConstraint;
import dev.ormkit.schema.ReflectedCheckConstraint;
import dev.ormkit.schema.ReflectedColumn;
import dev.ormkit.schema.ReflectedForeignKey;
import dev.ormkit.schema.ReflectedIndex;
import dev.ormkit.schema.ReflectedPrimaryKey;
import dev.ormkit.schema.ReflectedUniqueConstraint;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.TableElement;
import dev.ormkit.schema.UniqueConstraint;

/**
 * The schema as the migrations so far have left it. A table is read from the database the
 * first time an operation needs it, then kept up to date by the operations themselves; so the
 * statements of a run depend only on the schema at its start, and {@code upgradeSql} writes
 * exactly what {@code upgrade} would run. Raw SQL given to {@code execute} is not followed.
 */
final class SchemaModel {
    private final Supplier<Inspector> inspector;
    private final NamingConvention naming;
    private final Map<String, Optional<Table>> tables = new HashMap<>();

    SchemaModel(Supplier<Inspector> inspector, NamingConvention naming) {
        this.inspector = inspector;
        this.naming = naming;
    }

    NamingConvention naming() {
        return naming;
    }

    Optional<Table> find(String name) {
        return tables.computeIfAbsent(name, n -> reflect(inspector.get(), n, naming));
    }

    Table get(String name) {
        return find(name).orElseThrow(() -> new MigrationException("No table " + name
                + " in the schema as the revisions so far leave it"));
    }

    void put(Table table) {
        tables.put(table.name(), Optional.of(table));
    }

    void remove(String name) {
        tables.put(name, Optional.empty());
    }

    /** The live table {@code name} as a {@link Table}, or empty when there is none. */
    static Optional<Table> reflect(Inspector inspector, String name, NamingConvention naming) {
        if (!inspector.hasTable(name)) {
            return Optional.empty();
        }
        List<TableElement> elements = new ArrayList<>();
        ReflectedPrimaryKey pk = inspector.primaryKey(name);
        for (ReflectedColumn rc : inspector.columns(name)) {
            Column<?> c = Column.of(rc.name(), rc.type()).nullable(rc.nullable());
            if (rc.defaultValue() != null) {
                c = c.serverDefault(rc.defaultValue());
            }
            if (rc.autoincrement() || pk.columns().contains(rc.name())) {
                c = c.autoincrement(rc.autoincrement());
            }
            elements.add(c);
        }
        if (!pk.columns().isEmpty()) {
            elements.add(new PrimaryKeyConstraint(pk.columns()));
        }
        List<String> uniqueNames = new ArrayList<>();
        for (ReflectedUniqueConstraint u : inspector.uniqueConstraints(name)) {
            elements.add(new UniqueConstraint(u.name(), u.columns()));
            uniqueNames.add(u.name());
        }
        for (ReflectedForeignKey fk : inspector.foreignKeys(name)) {
            elements.add(new ForeignKeyConstraint(fk.name(), fk.columns(), fk.referredTable(), fk.referredColumns(),
                    fk.onDelete(), fk.onUpdate()));
        }
        for (ReflectedIndex i : inspector.indexes(name)) {
            if (!uniqueNames.contains(i.name())) { // MySQL lists a unique key as an index too
                elements.add(new Index(i.name(), i.columns(), i.unique()));
            }
        }
        for (ReflectedCheckConstraint ck : inspector.checkConstraints(name)) {
            elements.add(new CheckConstraint(ck.name(), ck.sql()));
        }
        return Optional.of(new MetaData(naming).table(name, elements.toArray(new TableElement[0])));
    }
}
