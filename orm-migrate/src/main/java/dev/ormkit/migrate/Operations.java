package dev.ormkit.migrate;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.schema.AddColumn;
import dev.ormkit.schema.AddConstraint;
import dev.ormkit.schema.AddForeignKey;
import dev.ormkit.schema.AlterColumn;
import dev.ormkit.schema.CheckConstraint;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ConstraintKind;
import dev.ormkit.schema.CreateIndex;
import dev.ormkit.schema.CreateTable;
import dev.ormkit.schema.DdlNames;
import dev.ormkit.schema.DdlElement;
import dev.ormkit.schema.DropColumn;
import dev.ormkit.schema.DropConstraint;
import dev.ormkit.schema.DropIndex;
import dev.ormkit.schema.DropTable;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.Index;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.ReferentialAction;
import dev.ormkit.schema.RenameColumn;
import dev.ormkit.schema.RenameTable;
import dev.ormkit.sql.SqlType;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.TableElement;
import dev.ormkit.schema.UniqueConstraint;
import dev.ormkit.sql.Executable;
import org.jspecify.annotations.Nullable;

/**
 * What a revision does to the schema, Alembic's {@code op}: each call adds the statements for
 * the database at hand, which the {@link Migrator} then runs (or, with {@code upgradeSql},
 * writes out). Where SQLite's {@code ALTER TABLE} cannot make a change, the table is rebuilt
 * as Alembic's batch mode does ("move and copy": create the new form under a temporary name,
 * copy the rows, drop the old table, rename), inside the revision's transaction, rows kept.
 *
 * <p>Operations keep track of the schema they change, so that a later operation of the same run
 * knows a table's columns without asking the database; raw SQL passed to {@link #execute} is
 * run but not followed.
 */
public final class Operations {
    private final Dialect dialect;
    private final SchemaModel model;
    private final List<Step> steps = new ArrayList<>();
    private boolean rebuilt;

    Operations(Dialect dialect, SchemaModel model) {
        this.dialect = dialect;
        this.model = model;
    }

    /** The database's name ({@code postgresql}, {@code mariadb}, ...), for a revision that must differ per database. */
    public String dialectName() {
        return dialect.name();
    }

    List<Step> steps() {
        return steps;
    }

    /** True when a table was rebuilt, which on SQLite needs foreign key enforcement off around the revision. */
    boolean rebuiltTables() {
        return rebuilt;
    }

    // --- tables ----------------------------------------------------------------------------

    /** {@code CREATE TABLE} with its constraints, then its indexes: {@code op.create_table}. */
    public void createTable(String name, TableElement... elements) {
        if (model.find(name).isPresent()) {
            throw new MigrationException("Cannot create table " + name + ": it exists already");
        }
        Table t = new MetaData(model.naming()).table(name, elements);
        add(new CreateTable(t));
        for (Index i : t.indexes()) {
            add(new CreateIndex(t, i));
        }
        model.put(t);
    }

    /** {@code DROP TABLE}. */
    public void dropTable(String name) {
        Table t = model.get(name);
        add(new DropTable(t));
        model.remove(name);
    }

    /** {@code ALTER TABLE a RENAME TO b}. */
    public void renameTable(String from, String to) {
        Table t = model.get(from);
        TableDef d = TableDef.of(t);
        d.name = to;
        add(new RenameTable(from, to));
        model.remove(from);
        model.put(d.build());
    }

    // --- columns ---------------------------------------------------------------------------

    /**
     * Adds a column ({@code Column.of(...)}, with its nullability, default, and any
     * {@code unique()}, {@code index()} or {@code foreignKey(...)}, each made a named
     * constraint or index).
     */
    public void addColumn(String table, Column<?> column) {
        Table old = model.get(table);
        if (old.findColumn(column.name()) != null) {
            throw new MigrationException("Table " + table + " has a column " + column.name() + " already");
        }
        TableDef d = TableDef.of(old);
        d.columns.add(column);
        Table nt = d.build();
        List<DdlElement> changes = new ArrayList<>();
        changes.add(new AddColumn(nt, column.name()));
        for (UniqueConstraint u : nt.uniqueConstraints()) {
            if (u.name() == null && u.columns().equals(List.of(column.name()))) {
                changes.add(new AddConstraint(nt, u));
            }
        }
        for (ForeignKeyConstraint fk : nt.foreignKeys()) {
            if (fk.name() == null && fk.columns().equals(List.of(column.name()))) {
                changes.add(new AddForeignKey(nt, fk));
            }
        }
        List<Index> newIndexes = new ArrayList<>();
        for (Index i : nt.indexes()) {
            if (!old.indexes().contains(i)) {
                newIndexes.add(i);
            }
        }
        change(old, nt, changes, identity(old), newIndexes);
    }

    /** Drops a column; a foreign key on it is dropped first, by name. */
    public void dropColumn(String table, String column) {
        Table old = model.get(table);
        column(old, column);
        List<DdlElement> changes = new ArrayList<>();
        for (ForeignKeyConstraint fk : old.foreignKeys()) {
            String name = old.nameOf(fk);
            if (fk.columns().contains(column) && name != null) {
                changes.add(new DropConstraint(table, fitted(name), ConstraintKind.FOREIGN_KEY));
            }
        }
        changes.add(new DropColumn(old, column));
        TableDef d = TableDef.of(old);
        d.removeColumn(column);
        Map<String, String> mapping = identity(old);
        mapping.remove(column);
        change(old, d.build(), changes, mapping, List.of());
    }

    /**
     * Changes a column's type, nullability, server default or name, Alembic's
     * {@code op.alter_column}: {@code op.alterColumn("users", "bio", ColumnChange.type(Types.TEXT).andNullable(true))}.
     * On SQLite the table is rebuilt, rows kept.
     */
    public void alterColumn(String table, String column, ColumnChange change) {
        Objects.requireNonNull(change, "change");
        Table old = model.get(table);
        Column<?> before = column(old, column);
        TableDef d = TableDef.of(old);
        Column<?> c = d.column(column);
        boolean typeChanged = change.newType() != null && !change.newType().equals(c.type());
        boolean nullChanged = change.newNullable() != null && change.newNullable() != before.isNullable();
        boolean defaultChanged = change.defaultChanged() && !Objects.equals(change.newServerDefault(), c.serverDefault());
        SqlType<?> type = typeChanged ? change.newType() : c.type();
        Column<?> altered = Column.of(column, type)
                .nullable(nullChanged ? change.newNullable() : c.isNullable());
        String def = defaultChanged ? change.newServerDefault() : c.serverDefault();
        if (def != null) {
            altered = altered.serverDefault(def);
        }
        if (c.autoincrementSetting() != null) {
            altered = altered.autoincrement(c.autoincrementSetting());
        }
        d.columns.set(d.indexOfColumn(column), altered);
        String name = column;
        List<DdlElement> changes = new ArrayList<>();
        Map<String, String> mapping = identity(old);
        if (change.newName() != null && !change.newName().equals(column)) {
            name = change.newName();
            d.renameColumn(column, name);
            changes.add(new RenameColumn(table, column, name));
            mapping.remove(column);
            mapping.put(name, column);
        }
        Table nt = d.build();
        if (typeChanged) {
            changes.add(new AlterColumn(nt, name, AlterColumn.Change.TYPE));
        }
        if (nullChanged) {
            changes.add(new AlterColumn(nt, name, AlterColumn.Change.NULLABLE));
        }
        if (defaultChanged) {
            changes.add(new AlterColumn(nt, name, AlterColumn.Change.SERVER_DEFAULT));
        }
        if (changes.isEmpty()) {
            throw new MigrationException("alterColumn(" + table + ", " + column + ") changes nothing: the column is "
                    + "already as asked");
        }
        change(old, nt, changes, mapping, List.of());
    }

    // --- indexes and constraints -----------------------------------------------------------

    /** {@code CREATE INDEX name ON table (columns)}. */
    public void createIndex(String name, String table, List<String> columns) {
        createIndex(name, table, columns, false);
    }

    /** {@code CREATE [UNIQUE] INDEX name ON table (columns)}. */
    public void createIndex(String name, String table, List<String> columns, boolean unique) {
        Table old = model.get(table);
        for (String c : columns) {
            column(old, c);
        }
        TableDef d = TableDef.of(old);
        Index index = new Index(name, columns, unique);
        d.indexes.add(index);
        Table nt = d.build();
        add(new CreateIndex(nt, index));
        model.put(nt);
    }

    /** {@code DROP INDEX name} (with {@code ON table} where the database wants it). */
    public void dropIndex(String name, String table) {
        Table old = model.get(table);
        TableDef d = TableDef.of(old);
        Index index = null;
        for (Index i : d.indexes) {
            if (i.name().equals(name)) {
                index = i;
            }
        }
        if (index == null) {
            throw new MigrationException("Table " + table + " has no index " + name + "; its indexes are "
                    + names(old.indexes()));
        }
        d.indexes.remove(index);
        add(new DropIndex(old, index));
        model.put(d.build());
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name UNIQUE (columns)}. */
    public void createUniqueConstraint(String name, String table, String... columns) {
        Table old = model.get(table);
        for (String c : columns) {
            column(old, c);
        }
        TableDef d = TableDef.of(old);
        UniqueConstraint u = new UniqueConstraint(name, Arrays.asList(columns));
        d.uniques.add(u);
        Table nt = d.build();
        change(old, nt, List.of(new AddConstraint(nt, u)), identity(old), List.of());
    }

    /**
     * {@code ALTER TABLE source ADD CONSTRAINT name FOREIGN KEY (local) REFERENCES referent (remote)};
     * a null name is the naming convention's ({@code fk_<source>_<column>_<referent>}).
     */
    public void createForeignKey(@Nullable String name, String source, String referent, List<String> localColumns,
                                 List<String> remoteColumns) {
        createForeignKey(name, source, referent, localColumns, remoteColumns, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION);
    }

    /** A foreign key with ON DELETE / ON UPDATE actions. */
    public void createForeignKey(@Nullable String name, String source, String referent, List<String> localColumns,
                                 List<String> remoteColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
        Table old = model.get(source);
        for (String c : localColumns) {
            column(old, c);
        }
        TableDef d = TableDef.of(old);
        ForeignKeyConstraint fk = new ForeignKeyConstraint(name, localColumns, referent, remoteColumns, onDelete, onUpdate);
        d.foreignKeys.add(fk);
        Table nt = d.build();
        change(old, nt, List.of(new AddForeignKey(nt, fk)), identity(old), List.of());
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name CHECK (condition)}. */
    public void createCheckConstraint(String name, String table, String condition) {
        Table old = model.get(table);
        TableDef d = TableDef.of(old);
        CheckConstraint ck = new CheckConstraint(name, condition);
        d.checks.add(ck);
        Table nt = d.build();
        change(old, nt, List.of(new AddConstraint(nt, ck)), identity(old), List.of());
    }

    /**
     * Drops the constraint {@code name} of {@code table}, whatever its kind (found in the schema
     * as the revisions leave it): {@code op.drop_constraint}.
     */
    public void dropConstraint(String name, String table) {
        dropConstraint(name, table, null);
    }

    /** Drops a constraint of a known kind (Alembic's {@code type_}), needed where the schema does not show it. */
    public void dropConstraint(String name, String table, @Nullable ConstraintKind kind) {
        Table old = model.get(table);
        TableDef d = TableDef.of(old);
        ConstraintKind found = null;
        if (d.uniques.removeIf(u -> name.equals(u.name()))) {
            found = ConstraintKind.UNIQUE;
        } else if (d.foreignKeys.removeIf(f -> name.equals(f.name()))) {
            found = ConstraintKind.FOREIGN_KEY;
        } else if (d.checks.removeIf(c -> name.equals(c.name()))) {
            found = ConstraintKind.CHECK;
        }
        if (found == null && kind == null) {
            throw new MigrationException("Table " + table + " has no constraint named " + name + " that the schema shows;"
                    + " pass its ConstraintKind to drop it anyway");
        }
        ConstraintKind k = kind != null ? kind : found;
        change(old, d.build(), List.of(new DropConstraint(table, fitted(name), k)), identity(old), List.of());
    }

    // --- data ------------------------------------------------------------------------------

    /** Runs raw SQL ({@code :name} parameters are not bound here: write literals). */
    public void execute(String sql) {
        add(text(sql));
    }

    /** Runs a Core statement ({@code update(table).values(...)}, say). */
    public void execute(Executable statement) {
        add(statement);
    }

    /**
     * Inserts rows into {@code table} as the revisions leave it, typed by its columns, in one
     * multi-row INSERT: Alembic's {@code op.bulk_insert}.
     */
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        add(insert(model.get(table)).values(rows));
    }

    /** The table as the revisions so far leave it; for building Core statements in a revision. */
    public Table table(String name) {
        return model.get(name);
    }

    // --- how changes are made --------------------------------------------------------------

    /**
     * Makes {@code changes} in place where the database can, else rebuilds the table; either
     * way {@code newIndexes} are created, and the model moves to {@code after}.
     */
    private void change(Table before, Table after, List<DdlElement> changes, Map<String, String> newToOld,
                        List<Index> newIndexes) {
        boolean inPlace = true;
        for (DdlElement e : changes) {
            inPlace &= dialect.canAlterInPlace(e);
        }
        if (inPlace) {
            changes.forEach(this::add);
            for (Index i : newIndexes) {
                add(new CreateIndex(after, i));
            }
        } else {
            rebuild(before, after, newToOld);
        }
        model.put(after);
    }

    /**
     * Alembic's "move and copy": the new form under a temporary name, the rows copied across
     * (columns matched through {@code newToOld}), the old table dropped, the new one renamed,
     * its indexes made again.
     */
    private void rebuild(Table before, Table after, Map<String, String> newToOld) {
        rebuilt = true;
        TableDef tmp = TableDef.of(after);
        tmp.indexes.clear();
        Table temporary = tmp.build("_ormkit_tmp_" + after.name());
        add(new CreateTable(temporary));
        List<Column<?>> into = new ArrayList<>();
        List<Object> from = new ArrayList<>();
        for (Column<?> c : temporary.columns()) {
            String old = newToOld.get(c.name());
            if (old != null && before.findColumn(old) != null) {
                into.add(c);
                from.add(before.c(old));
            }
        }
        if (!into.isEmpty()) {
            add(insert(temporary).fromSelect(into, select(from.toArray())));
        }
        add(new DropTable(before));
        add(new RenameTable(temporary.name(), after.name()));
        for (Index i : after.indexes()) {
            add(new CreateIndex(after, i));
        }
    }

    private void add(Executable statement) {
        steps.add(Step.of(statement));
    }

    private String fitted(String name) {
        return DdlNames.fitIdentifier(dialect, name);
    }

    private static Column<?> column(Table t, String column) {
        Column<?> c = t.findColumn(column);
        if (c == null) {
            List<String> names = new ArrayList<>();
            t.columns().forEach(x -> names.add(x.name()));
            throw new MigrationException("Table " + t.name() + " has no column " + column + "; its columns are " + names);
        }
        return c;
    }

    private static Map<String, String> identity(Table t) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Column<?> c : t.columns()) {
            m.put(c.name(), c.name());
        }
        return m;
    }

    private static List<String> names(List<Index> indexes) {
        List<String> out = new ArrayList<>();
        indexes.forEach(i -> out.add(i.name()));
        return out;
    }
}
