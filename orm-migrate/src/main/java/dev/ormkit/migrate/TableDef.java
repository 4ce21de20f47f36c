package dev.ormkit.migrate;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.schema.CheckConstraint;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.NamingConvention;
import dev.ormkit.schema.PrimaryKeyConstraint;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.TableElement;
import dev.ormkit.schema.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * A table being edited: {@link Table} is immutable, so an operation copies the table into
 * this form, changes it and builds the table as it is afterwards. Constraints keep the names
 * they had (resolved through the old table's naming convention), so a rename or a rebuild
 * does not rename them.
 */
final class TableDef {
    String name;
    final List<Column<?>> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKeyConstraint> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final NamingConvention naming;

    private TableDef(String name, NamingConvention naming) {
        this.name = name;
        this.naming = naming;
    }

    static TableDef of(Table t) {
        TableDef d = new TableDef(t.name(), t.namingConvention());
        Column<?> auto = t.autoincrementColumn();
        for (Column<?> c : t.columns()) {
            d.columns.add(detached(c, c == auto, t.primaryKey().contains(c)));
        }
        for (Column<?> c : t.primaryKey()) {
            d.primaryKey.add(c.name());
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            d.uniques.add(new UniqueConstraint(t.nameOf(u), u.columns()));
        }
        for (ForeignKeyConstraint fk : t.foreignKeys()) {
            d.foreignKeys.add(new ForeignKeyConstraint(t.nameOf(fk), fk.columns(), fk.referredTable(),
                    fk.referredColumns(), fk.onDelete(), fk.onUpdate()));
        }
        d.indexes.addAll(t.indexes());
        for (CheckConstraint ck : t.checks()) {
            d.checks.add(new CheckConstraint(t.nameOf(ck), ck.sql()));
        }
        return d;
    }

    /** A copy of a table's column, outside any table, its keys left to the table-level lists. */
    static Column<?> detached(Column<?> c, boolean autoincrement, boolean inPrimaryKey) {
        Column<?> copy = Column.of(c.name(), c.type()).nullable(c.isNullable() && !inPrimaryKey);
        if (c.serverDefault() != null) {
            copy = copy.serverDefault(c.serverDefault());
        }
        if (autoincrement || inPrimaryKey) {
            copy = copy.autoincrement(autoincrement);
        }
        return copy;
    }

    int indexOfColumn(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    @Nullable Column<?> column(String column) {
        int i = indexOfColumn(column);
        return i < 0 ? null : columns.get(i);
    }

    /** Forgets {@code column} and every key, index and constraint that names it. */
    void removeColumn(String column) {
        columns.removeIf(c -> c.name().equals(column));
        primaryKey.remove(column);
        uniques.removeIf(u -> u.columns().contains(column));
        foreignKeys.removeIf(f -> f.columns().contains(column));
        indexes.removeIf(i -> i.columns().contains(column));
    }

    /** Renames {@code from} everywhere this table names it. */
    void renameColumn(String from, String to) {
        int i = indexOfColumn(from);
        Column<?> c = columns.get(i);
        Column<?> renamed = Column.of(to, c.type()).nullable(c.isNullable());
        if (c.serverDefault() != null) {
            renamed = renamed.serverDefault(c.serverDefault());
        }
        if (c.autoincrementSetting() != null) {
            renamed = renamed.autoincrement(c.autoincrementSetting());
        }
        columns.set(i, renamed);
        primaryKey.replaceAll(n -> n.equals(from) ? to : n);
        uniques.replaceAll(u -> new UniqueConstraint(u.name(), replace(u.columns(), from, to)));
        foreignKeys.replaceAll(f -> new ForeignKeyConstraint(f.name(), replace(f.columns(), from, to),
                f.referredTable(), f.referredColumns(), f.onDelete(), f.onUpdate()));
        indexes.replaceAll(x -> new Index(x.name(), replace(x.columns(), from, to), x.unique()));
    }

    private static List<String> replace(List<String> names, String from, String to) {
        List<String> out = new ArrayList<>(names);
        out.replaceAll(n -> n.equals(from) ? to : n);
        return out;
    }

    Table build() {
        return build(name);
    }

    /** The table under another name (the temporary table of a rebuild), constraints named as they are. */
    Table build(String tableName) {
        List<TableElement> elements = new ArrayList<>(columns);
        if (!primaryKey.isEmpty()) {
            elements.add(new PrimaryKeyConstraint(primaryKey));
        }
        elements.addAll(uniques);
        elements.addAll(foreignKeys);
        elements.addAll(indexes);
        elements.addAll(checks);
        return new MetaData(naming).table(tableName, elements.toArray(new TableElement[0]));
    }
}
