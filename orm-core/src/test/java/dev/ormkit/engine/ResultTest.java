package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.delete;
import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static dev.ormkit.sql.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.MultipleResultsException;
import dev.ormkit.exc.NoResultException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/** Result and Row access, on every database (labels come back differently cased from each). */
class ResultTest {
    private final Table users = new MetaData().table("users",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
            Column.of("username", Types.string(20)).notNull(),
            Column.of("karma", Types.BIGINT));

    private Connection filled(TestDatabase db) {
        Connection conn = db.engine().connect();
        TestTables.create(conn, users);
        conn.execute(insert(users), List.of(Map.of("id", 1, "username", "alice", "karma", 10L),
                Map.of("id", 2, "username", "bob", "karma", 20L), Map.of("id", 3, "username", "carol", "karma", 30L)));
        return conn;
    }

    @AllDatabases
    void allFirstOneOneOrNone(TestDatabase db) {
        try (Connection conn = filled(db)) {
            Result all = conn.execute(select(users).orderBy(users.c("id")));
            assertThat(all.all()).hasSize(3);
            assertThat(all.keys()).containsExactly("id", "username", "karma");
            assertThat(all.first().get("username")).isEqualTo("alice");
            assertThatThrownBy(all::one).isInstanceOf(MultipleResultsException.class).hasMessageContaining("3");
            assertThatThrownBy(all::oneOrNone).isInstanceOf(MultipleResultsException.class);

            Result none = conn.execute(select(users).where(users.c("id").eq(99)));
            assertThat(none.first()).isNull();
            assertThat(none.oneOrNone()).isNull();
            assertThat(none.scalar()).isNull();
            assertThatThrownBy(none::one).isInstanceOf(NoResultException.class);

            Row bob = conn.execute(select(users).where(users.c("username").eq("bob"))).one();
            assertThat(bob.get(0)).isEqualTo(2);
            assertThat(bob.get("karma")).isEqualTo(20L);
            assertThat(bob.get("KARMA")).isEqualTo(20L);
            assertThat(bob.get("id", Long.class)).isEqualTo(2L);
            assertThat(bob.get(2, String.class)).isEqualTo("20");
            assertThat(bob.keys()).containsExactly("id", "username", "karma");
            assertThat(bob.asMap()).containsExactly(Map.entry("id", 2), Map.entry("username", "bob"),
                    Map.entry("karma", 20L));
            assertThatThrownBy(() -> bob.get("nope")).isInstanceOf(ArgumentException.class)
                    .hasMessageContaining("nope").hasMessageContaining("username");
            assertThatThrownBy(() -> bob.get(3)).isInstanceOf(ArgumentException.class);
        }
    }

    @AllDatabases
    void scalarsAndMappingsFromText(TestDatabase db) {
        try (Connection conn = filled(db)) {
            Result r = conn.execute(text("SELECT username AS name, karma * 2 AS n FROM users WHERE id IN :ids"
                    + " ORDER BY id"), Map.of("ids", List.of(1, 3)));
            assertThat(r.scalars(String.class).all()).containsExactly("alice", "carol");
            assertThat(r.mappings()).extracting(m -> m.get("name")).containsExactly("alice", "carol");
            assertThat(r.all().get(1).get("n", Long.class)).isEqualTo(60L);
            assertThat(r.keys()).containsExactly("name", "n");
            assertThat(conn.execute(text("SELECT count(*) FROM users")).scalar(Long.class)).isEqualTo(3L);
            assertThatThrownBy(() -> r.scalars(String.class).one()).isInstanceOf(MultipleResultsException.class);
        }
    }

    @AllDatabases
    void rowCountOfUpdateAndDelete(TestDatabase db) {
        try (Connection conn = filled(db)) {
            assertThat(conn.execute(update(users).values(Map.of("karma", 0L)).where(users.c("id").lt(3))).rowCount())
                    .isEqualTo(2);
            assertThat(conn.execute(delete(users).where(users.c("username").eq("carol"))).rowCount()).isEqualTo(1);
            assertThat(conn.execute(delete(users).where(users.c("id").eq(42))).rowCount()).isZero();
        }
    }
}
