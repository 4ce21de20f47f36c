package dev.ormkit.testing;

import static dev.ormkit.sql.Sql.text;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeySpec;
import dev.ormkit.schema.Table;

/**
 * Creates tables for engine tests from {@link Table} objects with the dialect's type names:
 * primary keys (generated where {@link Table#autoincrementColumn()} says so), NOT NULL, UNIQUE
 * and column foreign keys. Deliberately small: the engine tests need typed columns on every
 * database, not the full DDL of {@code dev.ormkit.schema}.
 */
public final class TestTables {
    private TestTables() {
    }

    /** Creates {@code tables} in order and commits. */
    public static void create(Connection conn, Table... tables) {
        for (Table t : tables) {
            conn.execute(text(createTableSql(conn.dialect(), t)));
        }
        conn.commit();
    }

    static String createTableSql(Dialect d, Table t) {
        Column<?> auto = t.autoincrementColumn();
        boolean inlinePk = auto != null && d.inlinePrimaryKeyForAutoincrement();
        List<String> parts = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            StringBuilder sb = new StringBuilder(d.quoteIdentifier(c.name())).append(' ');
            sb.append(c == auto ? d.autoincrementColumnType(c) : d.typeName(c.type()));
            if (c == auto && inlinePk) {
                sb.append(" PRIMARY KEY");
            }
            if (!c.isNullable() && !c.isPrimaryKey()) {
                sb.append(" NOT NULL");
            }
            if (c.isUnique()) {
                sb.append(" UNIQUE");
            }
            parts.add(sb.toString());
        }
        for (Column<?> c : t.columns()) {
            ForeignKeySpec fk = c.foreignKeySpec();
            if (fk != null) {
                // table-level: MySQL ignores an inline column REFERENCES
                parts.add("FOREIGN KEY (" + d.quoteIdentifier(c.name()) + ") REFERENCES "
                        + d.quoteIdentifier(fk.table()) + " (" + d.quoteIdentifier(fk.column()) + ")");
            }
        }
        if (!inlinePk && !t.primaryKey().isEmpty()) {
            List<String> pk = new ArrayList<>();
            t.primaryKey().forEach(c -> pk.add(d.quoteIdentifier(c.name())));
            parts.add("PRIMARY KEY (" + String.join(", ", pk) + ")");
        }
        return "CREATE TABLE " + d.quoteIdentifier(t.name()) + " (" + String.join(", ", parts) + ")";
    }
}
