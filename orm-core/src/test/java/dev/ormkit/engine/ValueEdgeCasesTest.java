package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import dev.ormkit.exc.DataException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/**
 * Values at the edges of what each database stores: they come back equal, or they are refused
 * with an error that says why; they never come back changed.
 */
class ValueEdgeCasesTest {
    private static Table table() {
        return new MetaData().table("edges",
                Column.of("pk", Types.INTEGER).primaryKey().autoincrement(false),
                Column.of("dec", Types.decimal(19, 4)),
                Column.of("whole", Types.decimal(19, 0)),
                Column.of("dbl", Types.DOUBLE),
                Column.of("day", Types.DATE),
                Column.of("at", Types.TIMESTAMP),
                Column.of("inst", Types.INSTANT),
                Column.of("body", Types.TEXT));
    }

    private static Row roundTrip(Connection conn, Table t, int pk, String column, Object value) {
        Map<String, Object> row = new HashMap<>();
        row.put("pk", pk);
        row.put(column, value);
        conn.execute(insert(t).values(row));
        return conn.execute(select(t).where(t.c("pk").eq(pk))).one();
    }

    @AllDatabases
    void decimalsComeBackExactOrAreRefused(TestDatabase db) {
        Table t = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, t);
            // whole numbers up to a long's range and values of up to 15 digits are exact everywhere
            assertThat(roundTrip(conn, t, 1, "whole", new BigDecimal("1234567890123456789")).get("whole"))
                    .isEqualTo(new BigDecimal("1234567890123456789"));
            assertThat(roundTrip(conn, t, 2, "dec", new BigDecimal("12345678901.2345")).get("dec"))
                    .isEqualTo(new BigDecimal("12345678901.2345"));
            assertThat(roundTrip(conn, t, 3, "dec", new BigDecimal("0.1000")).get("dec")).isEqualTo(new BigDecimal("0.1000"));
            assertThat(roundTrip(conn, t, 4, "dec", new BigDecimal("100")).get("dec")).isEqualTo(new BigDecimal("100.0000"));

            BigDecimal nineteenDigits = new BigDecimal("123456789012345.1234");
            if (db.kind() == DatabaseKind.SQLITE) {
                // SQLite would keep 15 significant digits and give back 123456789012345.0000
                DataException e = catchThrowableOfType(DataException.class,
                        () -> roundTrip(conn, t, 5, "dec", nineteenDigits));
                assertThat(e).hasMessageContaining("SQLite cannot store 123456789012345.1234 exactly")
                        .hasMessageContaining("has 19");
                assertThat(e.sql()).startsWith("INSERT INTO edges");
                assertThat(conn.execute(select(t).where(t.c("pk").eq(5))).all()).isEmpty();
            } else {
                assertThat(roundTrip(conn, t, 5, "dec", nineteenDigits).get("dec")).isEqualTo(nineteenDigits);
            }
        }
    }

    @AllDatabases
    void nanAndInfinitiesComeBackOrAreRefused(TestDatabase db) {
        Table t = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, t);
            List<Double> specials = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < specials.size(); i++) {
                double v = specials.get(i);
                int pk = 10 + i;
                if (db.kind() == DatabaseKind.MARIADB) {
                    // was: "Unknown column 'NaN'", the driver having written NaN into the SQL
                    DataException e = catchThrowableOfType(DataException.class, () -> roundTrip(conn, t, pk, "dbl", v));
                    assertThat(e).hasMessageContaining("cannot store " + v).hasMessageContaining("no NaN or infinity");
                } else {
                    // SQLite used to give NaN back as null
                    assertThat(roundTrip(conn, t, pk, "dbl", v).get("dbl")).as(String.valueOf(v)).isEqualTo(v);
                }
            }
        }
    }

    /**
     * Negative zero: PostgreSQL keeps its sign; H2, MariaDB and SQLite have no
     * negative zero in their floating-point columns and store 0.0 (equal to -0.0 in SQL and in Java's {@code ==}), as documented.
     */
    @AllDatabases
    void negativeZero(TestDatabase db) {
        Table t = table();
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, t);
            Object back = roundTrip(conn, t, 20, "dbl", -0.0).get("dbl");
            boolean keepsSign = db.kind() == DatabaseKind.POSTGRESQL;
            assertThat(back).isEqualTo(keepsSign ? -0.0 : 0.0);
            assertThat(conn.execute(select(t.c("pk")).where(t.c("dbl").eq(0.0))).all()).hasSize(1);
        }
    }

    @AllDatabases
    void yearZeroComesBackAsYearZero(TestDatabase db) {
        Table t = table();
        LocalDate day = LocalDate.of(0, 6, 15);
        LocalDateTime at = LocalDateTime.of(0, 6, 15, 12, 30, 45, 123_456_000);
        if (db.kind() == DatabaseKind.MARIADB) {
            // MariaDB's DATE and DATETIME begin at year 1000 (documented range); nothing to check there
            day = LocalDate.of(1000, 1, 1);
            at = LocalDateTime.of(1000, 1, 1, 0, 0, 1);
        }
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, t);
            assertThat(roundTrip(conn, t, 30, "day", day).get("day")).isEqualTo(day);
            assertThat(roundTrip(conn, t, 31, "at", at).get("at")).isEqualTo(at);
        }
    }

    /** 02:30 on 31 March 2024 does not exist in Berlin; a zone-less timestamp is no time in Berlin at all. */
    @AllDatabases
    void aLocalDateTimeInTheJvmZonesDaylightSavingGapIsKept(TestDatabase db) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            Table t = table();
            LocalDateTime gap = LocalDateTime.of(2024, 3, 31, 2, 30, 15, 250_000_000);
            Instant instant = Instant.parse("2024-03-31T02:30:15.250Z"); // stored in UTC where there is no zoned type
            try (Connection conn = db.engine().connect()) {
                TestTables.create(conn, t);
                assertThat(roundTrip(conn, t, 40, "at", gap).get("at")).isEqualTo(gap);
                assertThat(roundTrip(conn, t, 41, "inst", instant).get("inst")).isEqualTo(instant);
                assertThat(conn.execute(select(t.c("pk")).where(t.c("at").eq(gap))).all()).hasSize(1);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    /** An unbounded String column takes what PostgreSQL's text does in practice; MariaDB's TEXT stopped at 64 KB. */
    @AllDatabases
    void anUnboundedStringHoldsMegabytes(TestDatabase db) {
        Table t = table();
        String big = "0123456789abcdef".repeat(4 * 1024 * 1024 / 16) + "é"; // 4 MB and a character beyond ASCII
        try (Connection conn = db.engine().connect()) {
            TestTables.create(conn, t);
            assertThat((String) roundTrip(conn, t, 50, "body", big).get("body")).isEqualTo(big);
        }
    }
}
