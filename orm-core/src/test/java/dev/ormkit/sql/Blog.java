package dev.ormkit.sql;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.ForeignKeyConstraint;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.schema.UniqueConstraint;

/**
 * The small blog schema the expression-language tests query: users, their posts, employees
 * with a self-referencing manager key, messages with two keys to users (an ambiguous join)
 * and a key/value table with a unique key for upserts. {@link #create} issues the DDL through
 * plain text, in each dialect's column types.
 */
final class Blog {
    final MetaData metadata = new MetaData();
    final Table users = metadata.table("users",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("name", Types.string(50)).notNull(),
            Column.of("email", Types.string(100)),
            Column.of("age", Types.INTEGER));
    final Table posts = metadata.table("posts",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("user_id", Types.BIGINT).foreignKey("users.id"),
            Column.of("title", Types.string(200)).notNull(),
            Column.of("score", Types.INTEGER));
    final Table employees = metadata.table("employees",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("name", Types.string(50)).notNull(),
            Column.of("manager_id", Types.BIGINT).foreignKey("employees.id"));
    final Table messages = metadata.table("messages",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("sender_id", Types.BIGINT).foreignKey("users.id"),
            Column.of("recipient_id", Types.BIGINT).foreignKey("users.id"),
            Column.of("body", Types.TEXT));
    final Table kv = metadata.table("kv",
            Column.of("id", Types.BIGINT).primaryKey(),
            Column.of("k", Types.string(50)).notNull().unique(),
            Column.of("v", Types.INTEGER));

    /** Creates every table of the schema on the connection's database. */
    Blog create(Connection conn) {
        for (Table t : metadata.tables()) {
            conn.execute(text(createTableSql(conn.dialect(), t)));
        }
        conn.commit();
        return this;
    }

    /**
     * Adds four users (alice 30, Bob 25, Carol with no age and no email, DAVE 41) and five posts
     * (alice 2, Bob 3, carol and DAVE none), returning the users' ids by name.
     */
    Map<String, Long> seed(Connection conn) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(user("Alice", "alice@example.com", 30));
        rows.add(user("Bob", "bob@Example.com", 25));
        rows.add(user("Carol", null, null));
        rows.add(user("DAVE", "dave@example.org", 41));
        List<Long> ids = new ArrayList<>();
        conn.execute(insert(users), rows).insertedPrimaryKeys().forEach(r -> ids.add(r.get(0, Long.class)));
        Map<String, Long> byName = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byName.put((String) rows.get(i).get("name"), ids.get(i));
        }
        conn.execute(insert(posts), List.of(
                post(byName.get("Alice"), "Hello", 10),
                post(byName.get("Alice"), "Second", null),
                post(byName.get("Bob"), "Bob one", 5),
                post(byName.get("Bob"), "Bob two", 7),
                post(byName.get("Bob"), "Bob three", 1)));
        conn.commit();
        return byName;
    }

    private static Map<String, Object> user(String name, String email, Integer age) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("email", email);
        m.put("age", age);
        return m;
    }

    private static Map<String, Object> post(Long userId, String title, Integer score) {
        Map<String, Object> m = new HashMap<>();
        m.put("user_id", userId);
        m.put("title", title);
        m.put("score", score);
        return m;
    }

    /** CREATE TABLE for {@code table}, the generated key inline so SQLite makes it a rowid alias. */
    static String createTableSql(Dialect d, Table table) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(d.quoteIdentifier(table.name())).append(" (");
        Column<?> auto = table.autoincrementColumn();
        List<String> parts = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            String type;
            if (c == auto) {
                type = (d.inlinePrimaryKeyForAutoincrement() ? "INTEGER" : d.autoincrementColumnType(c)) + " PRIMARY KEY";
            } else {
                type = d.typeName(c.type()) + (c.isNullable() && !c.isPrimaryKey() ? "" : " NOT NULL");
            }
            parts.add(d.quoteIdentifier(c.name()) + " " + type);
        }
        if (auto == null && !table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + names(d, table.primaryKey().stream().map(Column::name).toList()) + ")");
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            parts.add("UNIQUE (" + names(d, u.columns()) + ")");
        }
        for (ForeignKeyConstraint fk : table.foreignKeys()) {
            parts.add("FOREIGN KEY (" + names(d, fk.columns()) + ") REFERENCES " + d.quoteIdentifier(fk.referredTable())
                    + " (" + names(d, fk.referredColumns()) + ")");
        }
        return sql.append(String.join(", ", parts)).append(")").toString();
    }

    private static String names(Dialect d, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(d.quoteIdentifier(n));
        }
        return String.join(", ", out);
    }
}
