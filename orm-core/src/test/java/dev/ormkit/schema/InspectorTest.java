package dev.ormkit.schema;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

class InspectorTest {

    private static MetaData inventory() {
        MetaData md = new MetaData();
        md.table("warehouses",
                Column.of("code", Types.string(10)).primaryKey(),
                Column.of("city", Types.string(50)).notNull());
        md.table("stock",
                Column.of("warehouse", Types.string(10)).foreignKey("warehouses.code", ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE),
                Column.of("sku", Types.string(20)),
                Column.of("bin", Types.string(10)).notNull(),
                Column.of("quantity", Types.INTEGER).notNull().serverDefault("0"),
                Column.of("price", Types.decimal(10, 2)),
                Column.of("counted_at", Types.TIMESTAMP).serverDefault("CURRENT_TIMESTAMP"),
                new PrimaryKeyConstraint(List.of("warehouse", "sku")),
                new UniqueConstraint("uq_stock_bin", List.of("warehouse", "bin")),
                new Index("ix_stock_sku_quantity", List.of("sku", "quantity"), false),
                new Index("ux_stock_price_sku", List.of("price", "sku"), true),
                new CheckConstraint("ck_stock_quantity", "quantity >= 0"));
        return md;
    }

    @AllDatabases
    void reportsKeysIndexesAndConstraintsOfACompositeKeyTable(TestDatabase db) {
        MetaData md = inventory();
        Engine engine = db.engine();
        md.createAll(engine);
        Inspector inspector = Inspector.of(engine);

        assertThat(inspector.primaryKey("stock").columns()).containsExactly("warehouse", "sku");
        List<ReflectedColumn> cols = inspector.columns("stock");
        assertThat(cols.get(0).autoincrement()).isFalse();
        assertThat(cols.get(1).nullable()).isFalse(); // part of the primary key
        assertThat(cols.get(4).type()).isEqualTo(Types.decimal(10, 2));
        assertThat(cols.get(5).defaultValue()).isNotNull();

        assertThat(inspector.foreignKeys("stock")).singleElement().satisfies(fk -> {
            assertThat(fk.referredTable()).isEqualTo("warehouses");
            assertThat(fk.referredColumns()).containsExactly("code");
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
            assertThat(fk.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        });
        List<ReflectedUniqueConstraint> uniques = inspector.uniqueConstraints("stock");
        assertThat(uniques).extracting(ReflectedUniqueConstraint::columns).contains(List.of("warehouse", "bin"));
        if (db.kind() != DatabaseKind.SQLITE) { // SQLite keeps no constraint names
            assertThat(uniques).extracting(ReflectedUniqueConstraint::name).contains("uq_stock_bin");
        }
        assertThat(inspector.indexes("stock"))
                .extracting(ReflectedIndex::name, ReflectedIndex::columns, ReflectedIndex::unique)
                .contains(tuple("ix_stock_sku_quantity", List.of("sku", "quantity"), false),
                        tuple("ux_stock_price_sku", List.of("price", "sku"), true))
                .noneMatch(t -> t.toList().get(1).equals(List.of("warehouse", "sku"))); // not the primary key's
        assertThat(inspector.checkConstraints("stock")).extracting(ReflectedCheckConstraint::name)
                .contains("ck_stock_quantity");
        assertThat(inspector.checkConstraints("stock")).extracting(ReflectedCheckConstraint::sql)
                .anyMatch(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("quantity") && sql.contains("0"));
        assertThat(inspector.columns("nonexistent")).isEmpty();
    }

    @AllDatabases
    void serverDefaultsAndCascadingUpdatesWork(TestDatabase db) {
        MetaData md = inventory();
        Engine engine = db.engine();
        md.createAll(engine);
        Table warehouses = md.getTable("warehouses");
        Table stock = md.getTable("stock");
        try (Connection conn = engine.connect()) {
            conn.execute(insert(warehouses).values(Map.of("code", "AMS", "city", "Amsterdam")));
            conn.execute(insert(stock).values(Map.of("warehouse", "AMS", "sku", "A-1", "bin", "b1")));
            conn.commit();
            Row row = conn.execute(select(stock.c("quantity"), stock.c("counted_at"))).one();
            assertThat(row.get(0, Integer.class)).isZero();
            assertThat(row.get(1, LocalDateTime.class)).isNotNull();

            conn.execute(update(warehouses).values(Map.of("code", "AMS2")).where(warehouses.c("code").eq("AMS")));
            conn.commit();
            assertThat(conn.execute(select(stock.c("warehouse"))).scalar(String.class)).isEqualTo("AMS2");
        }
    }

    @AllDatabases
    void aCompositeForeignKeyIsCreatedByTableCreateAndReflectedInKeyOrder(TestDatabase db) {
        MetaData md = inventory();
        Table movements = md.table("movements",
                Column.of("id", Types.BIGINT).primaryKey(),
                Column.of("sku", Types.string(20)).notNull(),
                Column.of("warehouse", Types.string(10)).notNull(),
                new ForeignKeyConstraint("fk_movements_stock", List.of("warehouse", "sku"), "stock",
                        List.of("warehouse", "sku"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION));
        Engine engine = db.engine();
        md.getTable("warehouses").create(engine);
        md.getTable("stock").create(engine);
        movements.create(engine);
        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.tableNames()).containsExactlyInAnyOrder("warehouses", "stock", "movements");
        assertThat(inspector.indexes("stock")).extracting(ReflectedIndex::name).contains("ix_stock_sku_quantity");
        assertThat(inspector.foreignKeys("movements")).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("warehouse", "sku");
            assertThat(fk.referredColumns()).containsExactly("warehouse", "sku");
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
            if (db.kind() != DatabaseKind.SQLITE) {
                assertThat(fk.name()).isEqualTo("fk_movements_stock");
            }
        });
        movements.drop(engine);
        assertThat(inspector.hasTable("movements")).isFalse();
    }
}
