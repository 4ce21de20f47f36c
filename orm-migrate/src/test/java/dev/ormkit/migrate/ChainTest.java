package dev.ormkit.migrate;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.schema.Inspector;
import dev.ormkit.schema.ReflectedColumn;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** A chain of revisions up to head, down to base and up again, rows kept through column changes. */
class ChainTest {

    @AllDatabases
    void upDownAndUpAgainKeepsTheRows(TestDatabase db) {
        Engine engine = db.engine();
        Migrator migrator = Migrator.builder(engine).packages("dev.ormkit.migrate.chain").build();
        assertThat(migrator.heads()).containsExactly("a5000000c005");
        assertThat(migrator.current()).isEmpty();

        migrator.upgrade("a2000000c002");
        assertThat(migrator.current()).containsExactly("a2000000c002");
        assertThat(usernames(engine)).containsExactly("alice", "bob's");

        migrator.upgrade("+1"); // add-column: rows stay, the new NOT NULL column takes its default
        assertThat(migrator.current()).containsExactly("a3000000c003");
        assertThat(rows(engine, "SELECT username, bio, karma FROM users ORDER BY id"))
                .containsExactly("alice|null|0", "bob's|null|0");

        migrator.upgrade("head"); // type, nullability, default, check: a table rebuild on SQLite
        assertThat(migrator.current()).containsExactly("a5000000c005");
        assertThat(rows(engine, "SELECT username, about, karma FROM users ORDER BY id"))
                .containsExactly("alice||0", "bob's||0");
        Inspector inspector = Inspector.of(engine);
        ReflectedColumn username = column(inspector, "users", "username");
        assertThat(username.type().length()).isEqualTo(100);
        assertThat(column(inspector, "users", "about").nullable()).isFalse();
        assertThat(inspector.foreignKeys("posts")).hasSize(1);
        assertThat(inspector.indexes("users")).anySatisfy(i -> assertThat(i.name()).isEqualTo("ix_users_karma"));
        assertThat(migrator.pending()).isEmpty();

        migrator.downgrade("-2"); // back through the rebuild: rows still there, username narrow again
        assertThat(migrator.current()).containsExactly("a3000000c003");
        assertThat(inspector.hasTable("posts")).isFalse();
        assertThat(column(inspector, "users", "username").type().length()).isEqualTo(50);
        assertThat(column(inspector, "users", "bio").nullable()).isTrue();
        assertThat(rows(engine, "SELECT username, bio, karma FROM users ORDER BY id"))
                .containsExactly("alice||0", "bob's||0");

        migrator.downgrade("base");
        assertThat(migrator.current()).isEmpty();
        assertThat(inspector.tableNames()).containsExactly("orm_version");

        migrator.upgrade("head");
        assertThat(migrator.current()).containsExactly("a5000000c005");
        assertThat(usernames(engine)).containsExactly("alice", "bob's");
        assertThat(migrator.history()).extracting(RevisionInfo::id)
                .containsExactly("a5000000c005", "a4000000c004", "a3000000c003", "a2000000c002", "a1000000c001");
    }

    static ReflectedColumn column(Inspector inspector, String table, String name) {
        return inspector.columns(table).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + table + "." + name));
    }

    static List<String> usernames(Engine engine) {
        return rows(engine, "SELECT username FROM users ORDER BY id");
    }

    static List<String> rows(Engine engine, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection conn = engine.connect()) {
            for (Row r : conn.execute(text(sql)).all()) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < r.size(); i++) {
                    s.append(i > 0 ? "|" : "").append(r.get(i));
                }
                out.add(s.toString());
            }
        }
        return out;
    }
}
