package dev.ormkit.engine;

import static dev.ormkit.sql.Sql.insert;
import static dev.ormkit.sql.Sql.select;
import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.ArgumentException;
import dev.ormkit.exc.DatabaseException;
import dev.ormkit.exc.InvalidRequestException;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;
import dev.ormkit.schema.Types;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import dev.ormkit.testing.TestTables;

/**
 * {@code Connection.stream()}: rows read as they are iterated, in batches, closed early or at
 * the end, errors while reading, and what the connection can do after.
 */
class StreamingResultTest {
    private static final int ROWS = 3_000;

    private final Table items = new MetaData().table("stream_items",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(false),
            Column.of("name", Types.string(20)).notNull());

    /** A one-connection pool: a connection not given back would make the next connect time out. */
    private Engine engine(TestDatabase db) {
        Engine engine = db.engine(EngineOptions.defaults().poolSize(1).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(2)));
        try (Connection conn = engine.connect()) {
            TestTables.create(conn, items);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 1; i <= ROWS; i++) {
                rows.add(Map.of("id", i, "name", "item " + i));
            }
            conn.execute(insert(items), rows);
            conn.commit();
        }
        return engine;
    }

    private long count(Connection conn) {
        return conn.execute(text("SELECT count(*) FROM stream_items")).scalar(Long.class);
    }

    @AllDatabases
    void rowsComeInOrderInPartitionsAndTheResultClosesAtTheEnd(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect();
             StreamingResult result = conn.stream(select(items).orderBy(items.c("id")), Map.of(), 250)) {
            assertThat(result.keys()).containsExactly("id", "name");
            List<Integer> sizes = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            result.partitions(1_000).forEach(batch -> {
                sizes.add(batch.size());
                batch.forEach(r -> ids.add(r.get("id", Integer.class)));
            });
            assertThat(sizes).containsExactly(1_000, 1_000, 1_000);
            assertThat(ids).hasSize(ROWS).isSorted().startsWith(1, 2, 3).endsWith(ROWS);
            assertThat(result.rowsRead()).isEqualTo(ROWS);
            assertThat(result.isClosed()).as("read to its end, the cursor is released").isTrue();
            assertThat(result.fetchMany(10)).isEmpty();
            assertThatThrownBy(result::iterator).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("read once");
        }
    }

    @AllDatabases
    void fetchOneFetchManyScalarsAndParameters(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            try (StreamingResult result = conn.stream(text("SELECT id, name FROM stream_items WHERE id > :after ORDER BY id"),
                    Map.of("after", 2_990))) {
                assertThat(result.fetchOne().get("name", String.class)).isEqualTo("item 2991");
                assertThat(result.fetchMany(3)).extracting(r -> r.get(0, Integer.class)).containsExactly(2992, 2993, 2994);
                assertThat(result.fetchMany(100)).hasSize(6);
                assertThat(result.fetchOne()).isNull();
                assertThat(result.isClosed()).isTrue();
            }
            try (Stream<Long> ids = conn.stream(select(items.c("id")).orderBy(items.c("id").desc())).scalars(Long.class)) {
                assertThat(ids.limit(2)).containsExactly(3_000L, 2_999L);
            }
        }
    }

    @AllDatabases
    void closingEarlyReleasesTheCursorAndTheConnectionGoesOn(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            StreamingResult result = conn.stream(select(items).orderBy(items.c("id")), Map.of(), 100);
            try (Stream<Row> rows = result.stream()) {
                assertThat(rows.limit(10).map(r -> r.get("id", Integer.class)).toList())
                        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
                if (db.kind() == DatabaseKind.POSTGRESQL) {
                    // the server-side cursor (a protocol-level portal) is open while the stream is
                    assertThat(openPortals(conn)).isEqualTo(1);
                }
            }
            assertThat(result.isClosed()).isTrue();
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                assertThat(openPortals(conn)).isZero();
            }
            // the next statements run on the same connection, in the same transaction
            conn.execute(insert(items).values(Map.of("id", ROWS + 1, "name", "after the stream")));
            assertThat(count(conn)).isEqualTo(ROWS + 1);
            conn.commit();
        }
        // a stream left open when its connection closes is closed with it; the pool gets the connection back
        StreamingResult abandoned;
        try (Connection conn = engine.connect()) {
            abandoned = conn.stream(select(items), Map.of(), 100);
            assertThat(abandoned.fetchMany(5)).hasSize(5);
        }
        assertThat(abandoned.isClosed()).isTrue();
        assertThatThrownBy(() -> abandoned.fetchOne()).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("its connection was closed").hasMessageContaining("stream_items");
        try (Connection conn = engine.connect()) { // a one-connection pool: only works if it was given back
            assertThat(count(conn)).isEqualTo(ROWS + 1);
        }
    }

    private static long openPortals(Connection conn) {
        // named portals only: the unnamed one is this count's own
        return conn.execute(text("SELECT count(*) FROM pg_cursors WHERE name <> ''")).scalar(Long.class);
    }

    @AllDatabases
    void commitEndsAStreamWithAClearMessage(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            StreamingResult result = conn.stream(select(items).orderBy(items.c("id")), Map.of(), 100);
            Row first = result.fetchOne();
            assertThat(first.get("id", Integer.class)).isEqualTo(1);
            conn.commit();
            assertThat(result.isClosed()).isTrue();
            assertThatThrownBy(result::fetchOne).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("committed").hasMessageContaining("SQL: SELECT");
            assertThat(count(conn)).isEqualTo(ROWS);
        }
    }

    /**
     * A row the database fails to compute after many rows were sent: the error reaches the
     * reader with the statement and its parameters, the result is closed, and after a rollback
     * the connection works.
     */
    @AllDatabases
    void anErrorWhileReadingKeepsTheStatement(TestDatabase db) {
        Engine engine = engine(db);
        String failingAt2500 = switch (db.kind()) {
            // abs() of the smallest integer overflows: SQLite raises it for that row alone
            case SQLITE -> "SELECT id, abs(:at - id - 9223372036854775807 - 1) AS v FROM stream_items ORDER BY id";
            // a scalar subquery that finds two rows for one row only
            default -> "SELECT id, (SELECT n.id FROM stream_items n WHERE n.id IN (:at, :at + 1) AND s.id = :at) AS v"
                    + " FROM stream_items s ORDER BY id";
        };
        try (Connection conn = engine.connect()) {
            StreamingResult result = conn.stream(text(failingAt2500), Map.of("at", 2_500), 100);
            List<Integer> seen = new ArrayList<>();
            assertThatThrownBy(() -> result.forEach(r -> seen.add(r.get("id", Integer.class))))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("FROM stream_items")
                    .hasMessageContaining("2500");
            assertThat(seen).as("rows before the failing one arrived first").hasSizeGreaterThanOrEqualTo(1_000)
                    .hasSizeLessThan(2_500);
            assertThat(result.isClosed()).isTrue();
            conn.rollback();
            assertThat(count(conn)).isEqualTo(ROWS);
        }
    }

    @AllDatabases
    void statementsWithoutRowsAndBadSizesAreRefused(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.stream(insert(items).values(Map.of("id", 0, "name", "x"))))
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("execute()");
            assertThatThrownBy(() -> conn.stream(select(items), Map.of(), 0))
                    .isInstanceOf(ArgumentException.class).hasMessageContaining("rowsPerFetch");
            try (StreamingResult result = conn.stream(select(items))) {
                assertThatThrownBy(() -> result.partitions(0)).isInstanceOf(ArgumentException.class);
            }
            assertThat(count(conn)).isEqualTo(ROWS);
        }
    }

    @AllDatabases
    void listenersSeeTheStatementRunOnce(TestDatabase db) {
        Engine engine = engine(db);
        try (Connection conn = engine.connect(); StatementCounter counter = StatementCounter.on(engine)) {
            try (Stream<Row> rows = conn.stream(select(items), Map.of(), 500).stream()) {
                assertThat(rows.count()).isEqualTo(ROWS);
            }
            assertThat(counter.count()).isEqualTo(1);
            assertThat(counter.statements().get(0)).containsIgnoringCase("FROM stream_items");
        }
    }
}
