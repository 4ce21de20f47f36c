package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

class SmokeTest {

    @AllDatabases
    void insertsAndSelectsThroughCore(TestDatabase db) {
        MetaData md = new MetaData();
        Table users = md.table("users",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("name", Types.string(50)).notNull());
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            String pk = engine.dialect().inlinePrimaryKeyForAutoincrement()
                    ? "id INTEGER PRIMARY KEY" : "id " + engine.dialect().autoincrementColumnType(users.c("id")) + " PRIMARY KEY";
            conn.execute(text("CREATE TABLE users (" + pk + ", name VARCHAR(50) NOT NULL)"));
            Result r = conn.execute(insert(users), List.of(Map.of("name", "alice"), Map.of("name", "bob")));
            assertThat(r.insertedPrimaryKeys()).hasSize(2);
            conn.commit();
            List<Row> rows = conn.execute(select(users).where(users.c("name").eq("bob"))).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("name")).isEqualTo("bob");
            assertThat(conn.execute(select(func.count()).selectFrom(users)).scalar(Long.class)).isEqualTo(2L);
        }
    }
}
