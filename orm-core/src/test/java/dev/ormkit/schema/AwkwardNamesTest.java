package dev.ormkit.schema;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/**
 * Reserved words, spaces, quotes and backticks in table and column names, and values that
 * look like SQL: all must survive DDL, INSERT and SELECT unchanged on every database.
 */
class AwkwardNamesTest {
    private static final String QUOTE_COLUMN = "say \"hi\"";
    private static final String BACKTICK_COLUMN = "back`tick";
    private static final String CHECK_NAME = "ck \"order\" `select`";

    private static MetaData schema(Dialect dialect) {
        MetaData md = new MetaData();
        md.table("user",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("user name", Types.string(100)).unique());
        md.table("order",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("select", Types.string(100)).notNull().index(),
                Column.of(QUOTE_COLUMN, Types.TEXT),
                Column.of(BACKTICK_COLUMN, Types.string(100)),
                Column.of("Mixed Case", Types.INTEGER).serverDefault("7"),
                Column.of("group", Types.INTEGER).foreignKey("user.id", ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                // the condition is SQL text: the column is quoted the database's way
                new CheckConstraint(CHECK_NAME, dialect.quoteIdentifier("select") + " <> ''"));
        return md;
    }

    @AllDatabases
    void reservedAndQuotedNamesRoundTripThroughDdlInsertAndSelect(TestDatabase db) {
        Engine engine = db.engine();
        MetaData md = schema(engine.dialect());
        md.createAll(engine);
        Table order = md.getTable("order");
        Table user = md.getTable("user");

        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.tableNames()).containsExactlyInAnyOrder("order", "user");
        assertThat(inspector.columns("order")).extracting(ReflectedColumn::name)
                .containsExactly("id", "select", QUOTE_COLUMN, BACKTICK_COLUMN, "Mixed Case", "group");
        assertThat(inspector.foreignKeys("order")).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("group");
            assertThat(fk.referredTable()).isEqualTo("user");
        });
        assertThat(inspector.indexes("order")).extracting(ReflectedIndex::columns).contains(List.of("select"));
        assertThat(inspector.uniqueConstraints("user")).extracting(ReflectedUniqueConstraint::columns)
                .containsExactly(List.of("user name"));
        assertThat(inspector.checkConstraints("order")).extracting(ReflectedCheckConstraint::name)
                .containsExactly(CHECK_NAME);

        List<String> hostile = List.of("'; DROP TABLE users; --", "O'Brien", "\"quoted\"", "back`tick", "50% off_",
                ":name ? $1 \\ \n", "ünïcødé ✓");
        try (Connection conn = engine.connect()) {
            int id = 0;
            for (String value : hostile) {
                id++;
                conn.execute(insert(user).values(Map.of("id", id, "user name", value)));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("select", value);
                row.put(QUOTE_COLUMN, value);
                row.put(BACKTICK_COLUMN, value);
                row.put("group", id);
                conn.execute(insert(order).values(row));
            }
            conn.commit();
            assertThatThrownBy(() -> conn.execute(insert(order).values(Map.of("id", 99, "select", ""))))
                    .isInstanceOf(IntegrityException.class);
            conn.rollback();
            for (int i = 0; i < hostile.size(); i++) {
                String value = hostile.get(i);
                Row r = conn.execute(select(order).where(order.c("select").eq(value))).one();
                assertThat(r.get("id", Integer.class)).isEqualTo(i + 1);
                assertThat(r.get(QUOTE_COLUMN, String.class)).isEqualTo(value);
                assertThat(r.get(BACKTICK_COLUMN, String.class)).isEqualTo(value);
                assertThat(r.get("Mixed Case", Integer.class)).isEqualTo(7);
                assertThat(conn.execute(select(user.c("user name")).where(user.c("id").eq(i + 1))).scalar(String.class))
                        .isEqualTo(value);
            }
            // the joined read goes through both quoted tables and the quoted key column
            long joined = conn.execute(select(func.count()).selectFrom(order.join(user, order.c("group").eq(user.c("id")))))
                    .scalar(Long.class);
            assertThat(joined).isEqualTo(hostile.size());
            conn.execute(delete(user).where(user.c("user name").eq("O'Brien")));
            conn.commit();
            assertThat(conn.execute(select(func.count()).selectFrom(order)).scalar(Long.class))
                    .isEqualTo(hostile.size() - 1L);
        }
        assertThat(inspector.hasTable("users")).isFalse();
        md.dropAll(engine);
        assertThat(inspector.tableNames()).isEmpty();
    }
}
