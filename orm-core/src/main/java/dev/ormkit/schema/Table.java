package dev.ormkit.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.sql.ClauseElement;
import dev.ormkit.sql.TableAlias;
import dev.ormkit.sql.TableClause;
import org.jspecify.annotations.Nullable;

/**
 * A database table: columns, primary key, foreign keys, unique constraints, indexes and
 * checks. Made through {@link MetaData#table}; immutable once made.
 */
public final class Table extends TableClause {
    private final String name;
    private final Map<String, Column<?>> columns;
    private final List<Column<?>> primaryKey;
    private final List<ForeignKeyConstraint> foreignKeys;
    private final List<UniqueConstraint> uniqueConstraints;
    private final List<Index> indexes;
    private final List<CheckConstraint> checks;
    private final NamingConvention naming;

    Table(String name, List<? extends TableElement> elements, NamingConvention naming) {
        this.naming = naming;
        if (name == null || name.isBlank()) {
            throw new ArgumentException("A table needs a name");
        }
        this.name = name;
        Map<String, Column<?>> cols = new LinkedHashMap<>();
        List<ForeignKeyConstraint> fks = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> idx = new ArrayList<>();
        List<CheckConstraint> chk = new ArrayList<>();
        List<String> pkNames = new ArrayList<>();
        PrimaryKeyConstraint explicitPk = null;
        for (TableElement e : elements) {
            if (e instanceof Column<?> c) {
                if (c.table() != null) {
                    throw new ArgumentException("Column " + c.name() + " already belongs to table "
                            + c.table().name() + "; use Column.of(...) for a new one");
                }
                if (cols.containsKey(c.name())) {
                    throw new ArgumentException("Table " + name + " has two columns named " + c.name());
                }
                Column<?> bound = c.bindTo(this);
                cols.put(c.name(), bound);
                if (c.isPrimaryKey()) {
                    pkNames.add(c.name());
                }
                if (c.isUnique()) {
                    uniques.add(new UniqueConstraint(null, List.of(c.name())));
                }
                if (c.isIndexed()) {
                    idx.add(new Index(naming.indexName(name, c.name()), List.of(c.name()), false));
                }
                ForeignKeySpec fk = c.foreignKeySpec();
                if (fk != null) {
                    fks.add(new ForeignKeyConstraint(null, List.of(c.name()), fk.table(), List.of(fk.column()),
                            fk.onDelete(), fk.onUpdate()));
                }
            } else if (e instanceof ForeignKeyConstraint fk) {
                fks.add(fk);
            } else if (e instanceof UniqueConstraint u) {
                uniques.add(u);
            } else if (e instanceof Index i) {
                idx.add(i);
            } else if (e instanceof CheckConstraint ck) {
                chk.add(ck);
            } else if (e instanceof PrimaryKeyConstraint pk) {
                explicitPk = pk;
            }
        }
        if (explicitPk != null) {
            pkNames = explicitPk.columns();
        }
        List<Column<?>> pk = new ArrayList<>();
        for (String n : pkNames) {
            Column<?> c = cols.get(n);
            if (c == null) {
                throw new ArgumentException("Primary key of table " + name + " names unknown column " + n);
            }
            pk.add(c);
        }
        for (ForeignKeyConstraint fk : fks) {
            for (String n : fk.columns()) {
                if (!cols.containsKey(n)) {
                    throw new ArgumentException("Foreign key of table " + name + " names unknown column " + n);
                }
            }
        }
        this.columns = Collections.unmodifiableMap(cols);
        this.primaryKey = List.copyOf(pk);
        this.foreignKeys = List.copyOf(fks);
        this.uniqueConstraints = List.copyOf(uniques);
        this.indexes = List.copyOf(idx);
        this.checks = List.copyOf(chk);
    }

    @Override
    public String name() {
        return name;
    }

    /** The column named {@code columnName} (SQLAlchemy's {@code table.c.name}). */
    @Override
    @SuppressWarnings("unchecked")
    public <T> Column<T> c(String columnName) {
        Column<?> c = columns.get(columnName);
        if (c == null) {
            throw new ArgumentException("Table " + name + " has no column " + columnName
                    + "; its columns are " + columns.keySet());
        }
        return (Column<T>) c;
    }

    /** The column named {@code columnName}, or null. */
    @Override
    public @Nullable Column<?> findColumn(String columnName) {
        return columns.get(columnName);
    }

    /** All columns in declaration order. */
    @Override
    public List<Column<?>> columns() {
        return List.copyOf(columns.values());
    }

    @Override
    public List<Column<?>> exportedColumns() {
        return columns();
    }

    /** The primary key's columns, in key order; empty without a primary key. */
    public List<Column<?>> primaryKey() {
        return primaryKey;
    }

    /** The foreign keys, in declaration order. */
    public List<ForeignKeyConstraint> foreignKeys() {
        return foreignKeys;
    }

    /** The unique constraints (a column's {@code unique()} among them). */
    public List<UniqueConstraint> uniqueConstraints() {
        return uniqueConstraints;
    }

    /** The indexes (a column's {@code index()} among them). */
    public List<Index> indexes() {
        return indexes;
    }

    /** The CHECK constraints. */
    public List<CheckConstraint> checks() {
        return checks;
    }

    @Override
    protected List<List<String>> uniqueKeyColumnNames() {
        List<List<String>> keys = new ArrayList<>();
        if (!primaryKey.isEmpty()) {
            keys.add(names(primaryKey));
        }
        for (UniqueConstraint u : uniqueConstraints) {
            keys.add(u.columns());
        }
        return keys;
    }

    @Override
    protected List<ForeignKeyColumns> foreignKeysTo(String referredTable) {
        List<ForeignKeyColumns> out = new ArrayList<>();
        for (ForeignKeyConstraint fk : foreignKeys) {
            if (fk.referredTable().equals(referredTable)) {
                out.add(new ForeignKeyColumns(fk.columns(), fk.referredColumns()));
            }
        }
        return out;
    }

    /** The naming convention this table's unnamed constraints are named by. */
    public NamingConvention namingConvention() {
        return naming;
    }

    /** The name of {@code unique}: its own, else the naming convention's; null when neither names it. */
    public @Nullable String nameOf(UniqueConstraint unique) {
        return naming.uniqueName(this, unique);
    }

    /** The name of {@code check}: its own, else the naming convention's; null when neither names it. */
    public @Nullable String nameOf(CheckConstraint check) {
        return naming.checkName(this, check);
    }

    /** The name of {@code foreignKey}: its own, else the naming convention's; null when neither names it. */
    public @Nullable String nameOf(ForeignKeyConstraint foreignKey) {
        return naming.foreignKeyName(this, foreignKey);
    }

    /** The primary key's name under the naming convention; null without a primary key or a {@code pk} template. */
    public @Nullable String primaryKeyName() {
        return naming.primaryKeyName(this, names(primaryKey));
    }

    private static List<String> names(List<Column<?>> columns) {
        List<String> out = new ArrayList<>(columns.size());
        for (Column<?> c : columns) {
            out.add(c.name());
        }
        return out;
    }

    /**
     * The column the database generates values for: an explicit {@code autoincrement(true)}
     * column, or else the single integer primary key column unless it says
     * {@code autoincrement(false)} or has a foreign key.
     */
    public @Nullable Column<?> autoincrementColumn() {
        for (Column<?> c : columns.values()) {
            if (Boolean.TRUE.equals(c.autoincrementSetting())) {
                return c;
            }
        }
        if (primaryKey.size() == 1) {
            Column<?> c = primaryKey.get(0);
            if (c.type().isInteger() && c.autoincrementSetting() == null && c.foreignKeySpec() == null) {
                return c;
            }
        }
        return null;
    }

    /**
     * Creates this table and its indexes through {@code conn} (not committed), with every
     * foreign key in {@code CREATE TABLE}: the tables it refers to must exist. For several
     * tables, or tables that refer to each other, use {@link MetaData#createAll}.
     */
    public void create(SchemaConnection conn) {
        conn.executeDdl(new CreateTable(this));
        for (Index index : indexes) {
            conn.executeDdl(new CreateIndex(this, index));
        }
    }

    /** Creates this table and its indexes, and commits; see {@link #create(SchemaConnection)}. */
    public void create(SchemaConnectionSource engine) {
        try (SchemaConnection conn = engine.connect()) {
            create(conn);
            conn.commit();
        }
    }

    /** Drops this table through {@code conn} (not committed). */
    public void drop(SchemaConnection conn) {
        conn.executeDdl(new DropTable(this));
    }

    /** Drops this table and commits. */
    public void drop(SchemaConnectionSource engine) {
        try (SchemaConnection conn = engine.connect()) {
            drop(conn);
            conn.commit();
        }
    }

    /** {@code table AS aliasName}, for self-joins and repeated use. */
    public TableAlias alias(String aliasName) {
        return new TableAlias(this, aliasName);
    }

    /** A table is part of a statement's shape by identity: equal names in another MetaData never share SQL. */
    @Override
    protected ClauseElement cacheIdentity() {
        return this;
    }

    @Override
    public String toString() {
        return "Table(" + name + ")";
    }
}
