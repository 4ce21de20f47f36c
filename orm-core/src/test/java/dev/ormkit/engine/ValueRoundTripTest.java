package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/** Every Java type API.md lists goes in and comes back equal, on every database; so does null. */
class ValueRoundTripTest {
    enum Status { ACTIVE, SUSPENDED_FOR_REVIEW }

    private static final Map<String, Object> SAMPLE = new HashMap<>();

    static {
        SAMPLE.put("s", "héllo 'quoted' \u2603");
        SAMPLE.put("i", Integer.MIN_VALUE);
        SAMPLE.put("l", Long.MAX_VALUE);
        SAMPLE.put("sh", (short) -32768);
        SAMPLE.put("dec", new BigDecimal("12345678.9012"));
        SAMPLE.put("money", new BigDecimal("1.50"));
        SAMPLE.put("dbl", 3.141592653589793);
        SAMPLE.put("yes", true);
        SAMPLE.put("no", false);
        SAMPLE.put("day", LocalDate.of(1999, 12, 31));
        SAMPLE.put("at", LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000));
        SAMPLE.put("whole", LocalDateTime.of(2024, 3, 1, 0, 0));
        SAMPLE.put("inst", Instant.parse("2024-07-01T10:15:30.654321Z"));
        SAMPLE.put("odt", OffsetDateTime.of(2024, 7, 1, 15, 45, 30, 250_000_000, ZoneOffset.ofHoursMinutes(5, 30)));
        SAMPLE.put("id", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        SAMPLE.put("bin", new byte[] {0, 1, (byte) 0xff, 0x7f, (byte) 0x80, 10, 13});
        SAMPLE.put("status", Status.SUSPENDED_FOR_REVIEW);
    }

    private static Table table() {
        return new MetaData().table("vals",
                Column.of("pk", Types.INTEGER).primaryKey().autoincrement(false),
                Column.of("s", Types.string(100)),
                Column.of("i", Types.INTEGER),
                Column.of("l", Types.BIGINT),
                Column.of("sh", Types.SMALLINT),
                Column.of("dec", Types.decimal(12, 4)),
                Column.of("money", Types.decimal(10, 2)),
                Column.of("dbl", Types.DOUBLE),
                Column.of("yes", Types.BOOLEAN),
                Column.of("no", Types.BOOLEAN),
                Column.of("day", Types.DATE),
                Column.of("at", Types.TIMESTAMP),
                Column.of("whole", Types.TIMESTAMP),
                Column.of("inst", Types.INSTANT),
                Column.of("odt", Types.TIMESTAMP_TZ),
                Column.of("id", Types.UUID_TYPE),
                Column.of("bin", Types.BINARY),
                Column.of("status", Types.enumOf(Status.class)));
    }

    @AllDatabases
    void everyTypeRoundTrips(TestDatabase db) {
        Table vals = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, vals);
            Map<String, Object> row = new HashMap<>(SAMPLE);
            row.put("pk", 1);
            conn.execute(insert(vals).values(row));
            conn.commit();

            Row back = conn.execute(select(vals).where(vals.c("pk").eq(1))).one();
            for (Map.Entry<String, Object> e : SAMPLE.entrySet()) {
                Object expected = e.getValue();
                Object actual = back.get(e.getKey());
                if (expected instanceof byte[] bytes) {
                    assertThat((byte[]) actual).as(e.getKey()).containsExactly(bytes);
                } else if (expected instanceof OffsetDateTime odt) {
                    assertThat(actual).as(e.getKey()).isInstanceOf(OffsetDateTime.class);
                    assertThat(((OffsetDateTime) actual).toInstant()).as("same instant").isEqualTo(odt.toInstant());
                } else {
                    assertThat(actual).as(e.getKey()).isEqualTo(expected);
                }
            }
            // the declared scale survives, also where the database keeps decimals as floating point
            assertThat(((BigDecimal) back.get("money")).scale()).isEqualTo(2);
            assertThat(((BigDecimal) back.get("dec")).scale()).isEqualTo(4);
        }
    }

    @AllDatabases
    void nullOfEveryTypeRoundTrips(TestDatabase db) {
        Table vals = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, vals);
            Map<String, Object> row = new HashMap<>();
            row.put("pk", 2);
            for (String k : SAMPLE.keySet()) {
                row.put(k, null);
            }
            conn.execute(insert(vals).values(row));
            Row back = conn.execute(select(vals).where(vals.c("pk").eq(2))).one();
            for (String k : SAMPLE.keySet()) {
                assertThat(back.get(k)).as(k).isNull();
            }
        }
    }

    @AllDatabases
    void valuesBindInWhereClausesToo(TestDatabase db) {
        Table vals = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, vals);
            Map<String, Object> row = new HashMap<>(SAMPLE);
            row.put("pk", 3);
            conn.execute(insert(vals).values(row));
            // a value compared to a typed column is converted the same way as on insert
            for (String k : List.of("id", "odt", "inst", "at", "day", "status", "dec", "yes")) {
                @SuppressWarnings("unchecked")
                Column<Object> c = (Column<Object>) vals.c(k);
                Long n = conn.execute(select(vals.c("pk")).where(c.eq(SAMPLE.get(k)))).scalar(Long.class);
                assertThat(n).as(k).isEqualTo(3L);
            }
        }
    }

    @AllDatabases
    void booleansReadAsBooleansAndMicrosSurvive(TestDatabase db) {
        Table vals = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, vals);
            List<LocalDateTime> times = Arrays.asList(LocalDateTime.of(2000, 1, 1, 0, 0, 0, 1_000),
                    LocalDateTime.of(2000, 1, 1, 0, 0, 0, 999_999_000));
            for (int i = 0; i < times.size(); i++) {
                conn.execute(insert(vals).values(Map.of("pk", 10 + i, "at", times.get(i), "yes", i == 0)));
            }
            List<Row> rows = conn.execute(select(vals.c("at"), vals.c("yes")).selectFrom(vals)
                    .where(vals.c("pk").ge(10)).orderBy(vals.c("pk"))).all();
            assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(times);
            assertThat(rows).extracting(r -> r.get(1)).containsExactly(true, false);
        }
    }
}
