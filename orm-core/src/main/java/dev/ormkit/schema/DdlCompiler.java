package dev.ormkit.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import dev.ormkit.exc.CompileException;
import org.jspecify.annotations.Nullable;

/**
 * Renders DDL for one dialect. Everything a database does differently (type names, identity
 * columns, quoting, how a foreign key is dropped, what can be indexed) is asked of the
 * {@code Dialect}; this class only lays out the statements. Package-private: the DDL elements
 * render through it, and {@link DdlNames} hands out the names it gives.
 */
final class DdlCompiler {
    private final DdlDialect dialect;

    /** A compiler asking {@code dialect} whatever differs between databases. */
    DdlCompiler(DdlDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** {@code CREATE TABLE}, leaving out {@code deferred} foreign keys. */
    public String createTable(Table table, List<ForeignKeyConstraint> deferred) {
        checkIndexable(table);
        Column<?> auto = table.autoincrementColumn();
        boolean inlinePk = auto != null && dialect.inlinePrimaryKeyForAutoincrement()
                && table.primaryKey().size() == 1 && table.primaryKey().get(0) == auto;
        List<String> parts = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            parts.add(columnSpec(table, c, c == auto, inlinePk && c == auto));
        }
        if (!table.primaryKey().isEmpty() && !inlinePk) {
            parts.add(constraintPrefix(table.primaryKeyName()) + "PRIMARY KEY (" + columnList(names(table.primaryKey())) + ")");
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            parts.add(constraintPrefix(table.nameOf(u)) + "UNIQUE (" + columnList(u.columns()) + ")");
        }
        for (CheckConstraint ck : table.checks()) {
            parts.add(constraintPrefix(table.nameOf(ck)) + "CHECK (" + ck.sql() + ")");
        }
        for (ForeignKeyConstraint fk : table.foreignKeys()) {
            if (!containsSame(deferred, fk)) {
                parts.add(constraintPrefix(table.nameOf(fk)) + foreignKeyBody(fk));
            }
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(q(table.name())).append(" (");
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "\n    " : ",\n    ").append(parts.get(i));
        }
        return sql.append("\n)").toString();
    }

    /** {@code DROP TABLE t}. */
    public String dropTable(Table table) {
        return "DROP TABLE " + q(table.name());
    }

    /** {@code CREATE [UNIQUE] INDEX}. */
    public String createIndex(Table table, Index index) {
        for (String name : index.columns()) {
            Column<?> c = table.findColumn(name);
            if (c != null) {
                checkIndexable(table, c, "index " + index.name());
            }
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON "
                + q(table.name()) + " (" + columnList(index.columns()) + ")";
    }

    /** {@code DROP INDEX}, in the dialect's form. */
    public String dropIndex(Table table, Index index) {
        return dialect.dropIndexStatement(q(index.name()), q(table.name()));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name FOREIGN KEY ...}. */
    public String addForeignKey(Table table, ForeignKeyConstraint fk) {
        if (!dialect.supportsAlterForeignKey()) {
            throw new CompileException(dialect.name() + " cannot add a foreign key to an existing table ("
                    + table.name() + fk.columns() + " -> " + fk.referredTable()
                    + "); declare it in CREATE TABLE instead");
        }
        return "ALTER TABLE " + q(table.name()) + " ADD CONSTRAINT " + q(foreignKeyName(table, fk)) + " "
                + foreignKeyBody(fk);
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT name} (or the dialect's form of it). */
    public String dropForeignKey(Table table, String constraintName) {
        if (!dialect.supportsAlterForeignKey()) {
            throw new CompileException(dialect.name() + " cannot drop a foreign key from an existing table ("
                    + table.name() + "." + constraintName + ")");
        }
        return "ALTER TABLE " + q(table.name()) + " " + dialect.dropForeignKeyClause() + " " + q(constraintName);
    }

    /**
     * The name of a foreign key: its own or the naming convention's, else
     * {@code fk_<table>_<columns>_<referred table>}; shortened with a hash suffix where the
     * database limits identifier length.
     */
    public String foreignKeyName(Table table, ForeignKeyConstraint fk) {
        String named = table.nameOf(fk);
        if (named != null) {
            return fitIdentifier(named);
        }
        return fitIdentifier("fk_" + table.name() + "_" + String.join("_", fk.columns()) + "_" + fk.referredTable());
    }

    /**
     * {@code name} as the database will keep it: unchanged when it fits the dialect's identifier
     * length, else cut and ended with a hash of the whole name, so that it stays unique and is
     * the same every time.
     */
    public String fitIdentifier(String name) {
        int max = dialect.maxIdentifierLength();
        if (name.length() <= max) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String suffix = "_" + String.format("%08x", crc.getValue());
        return name.substring(0, max - suffix.length()) + suffix;
    }

    // --- ALTER TABLE -------------------------------------------------------------------------

    /** {@code ALTER TABLE t ADD COLUMN spec}; the column's constraints are separate statements. */
    public String addColumn(Table table, String columnName) {
        Column<?> c = table.c(columnName);
        return alterTable(table.name()) + "ADD COLUMN " + columnSpec(table, c, c == table.autoincrementColumn(), false);
    }

    /** {@code ALTER TABLE t DROP COLUMN c}. */
    public String dropColumn(String table, String columnName) {
        return alterTable(table) + "DROP COLUMN " + q(columnName);
    }

    /** {@code ALTER TABLE t RENAME COLUMN a TO b}. */
    public String renameColumn(String table, String from, String to) {
        return alterTable(table) + "RENAME COLUMN " + q(from) + " TO " + q(to);
    }

    /** {@code ALTER TABLE a RENAME TO b}. */
    public String renameTable(String from, String to) {
        return alterTable(from) + "RENAME TO " + q(to);
    }

    /**
     * One change of a column, in the dialect's words ({@link Dialect#alterColumnClause});
     * {@code table} is the table as it is after the change.
     */
    public String alterColumn(Table table, String columnName, AlterColumn.Change change) {
        Column<?> c = table.c(columnName);
        String spec = columnSpec(table, c, c == table.autoincrementColumn(), false);
        return alterTable(table.name()) + dialect.alterColumnClause(change, q(columnName), spec, c);
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name UNIQUE (...)}. */
    public String addUniqueConstraint(Table table, UniqueConstraint unique) {
        for (String name : unique.columns()) {
            Column<?> c = table.findColumn(name);
            if (c != null) {
                checkIndexable(table, c, "a UNIQUE constraint");
            }
        }
        return alterTable(table.name()) + "ADD " + constraintPrefix(table.nameOf(unique)) + "UNIQUE ("
                + columnList(unique.columns()) + ")";
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name CHECK (...)}. */
    public String addCheckConstraint(Table table, CheckConstraint check) {
        return alterTable(table.name()) + "ADD " + constraintPrefix(table.nameOf(check)) + "CHECK (" + check.sql() + ")";
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT name}, or the dialect's form for that kind of constraint. */
    public String dropConstraint(String table, String constraintName, ConstraintKind kind) {
        return alterTable(table) + dialect.dropConstraintClause(kind, q(constraintName));
    }

    private String alterTable(String table) {
        return "ALTER TABLE " + q(table) + " ";
    }

    private String columnSpec(Table table, Column<?> c, boolean autoincrement, boolean inlinePk) {
        StringBuilder s = new StringBuilder(q(c.name())).append(' ');
        s.append(autoincrement ? dialect.autoincrementColumnType(c) : dialect.typeName(c.type()));
        if (inlinePk) {
            s.append(" PRIMARY KEY");
        }
        String def = c.serverDefault();
        if (def != null) {
            s.append(" DEFAULT ").append(def);
        }
        if (!c.isNullable() || table.primaryKey().contains(c)) {
            s.append(" NOT NULL");
        }
        return s.toString();
    }

    private String foreignKeyBody(ForeignKeyConstraint fk) {
        StringBuilder s = new StringBuilder("FOREIGN KEY (").append(columnList(fk.columns())).append(") REFERENCES ")
                .append(q(fk.referredTable())).append(" (").append(columnList(fk.referredColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            s.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            s.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        return s.toString();
    }

    private String constraintPrefix(@Nullable String name) {
        return name == null ? "" : "CONSTRAINT " + q(fitIdentifier(name)) + " ";
    }

    /** Columns the database will index (primary key, unique) must have a type it can index. */
    private void checkIndexable(Table table) {
        for (Column<?> c : table.primaryKey()) {
            checkIndexable(table, c, "the primary key");
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            for (String name : u.columns()) {
                Column<?> c = table.findColumn(name);
                if (c != null) {
                    checkIndexable(table, c, "a UNIQUE constraint");
                }
            }
        }
    }

    private void checkIndexable(Table table, Column<?> c, String what) {
        if (!dialect.canIndexWithoutLength(c.type())) {
            throw new CompileException("Column " + table.name() + "." + c.name() + " of type " + c.type()
                    + " is in " + what + ", but " + dialect.name() + " cannot index an unbounded "
                    + c.type().kind() + " column; give it a length (e.g. Types.string(255)) instead");
        }
    }

    private String columnList(List<String> names) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            s.append(i > 0 ? ", " : "").append(q(names.get(i)));
        }
        return s.toString();
    }

    private static List<String> names(List<Column<?>> columns) {
        List<String> out = new ArrayList<>(columns.size());
        for (Column<?> c : columns) {
            out.add(c.name());
        }
        return out;
    }

    /** Identity, not equality: two identical keys on one table are two constraints. */
    private static boolean containsSame(List<ForeignKeyConstraint> list, ForeignKeyConstraint fk) {
        for (ForeignKeyConstraint f : list) {
            if (f == fk) {
                return true;
            }
        }
        return false;
    }

    private String q(String identifier) {
        return dialect.quoteIdentifier(identifier);
    }
}
