package dev.ormkit.reliability.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.sql.SqlCompiler;
import dev.ormkit.testing.TestDatabase;

/**
 * Runs generated cases on every open database and compares each database's rows with the
 * in-memory evaluation (and so with each other). A failure report gives the seed, the shape,
 * the expected rows and, per database, the SQL text with its rows or its error.
 */
final class DifferentialRunner implements AutoCloseable {
    private final DiffSchema schema = new DiffSchema();
    private final QueryGenerator generator = new QueryGenerator(schema);
    private final Map<TestDatabase, Connection> connections = new LinkedHashMap<>();

    DifferentialRunner(List<TestDatabase> databases) {
        for (TestDatabase db : databases) {
            Connection conn = db.engine().connect();
            schema.install(conn);
            connections.put(db, conn);
        }
    }

    /** The database labels the cases run on. */
    List<String> databases() {
        return connections.keySet().stream().map(TestDatabase::toString).toList();
    }

    /** Runs one case; null when every database agrees with the in-memory evaluation, else the report. */
    String check(long seed) {
        DiffCase c = generator.generate(seed);
        List<List<Object>> expected = canonical(c.expected(), c.ordered());
        boolean failed = false;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<TestDatabase, Connection> e : connections.entrySet()) {
            Connection conn = e.getValue();
            String sql = SqlCompiler.compile(c.select(), conn.dialect()).sql();
            String outcome;
            try {
                List<List<Object>> actual = new ArrayList<>();
                for (Row r : conn.execute(c.select()).all()) {
                    List<Object> values = new ArrayList<>();
                    for (Object v : r.values()) {
                        values.add(normalise(v));
                    }
                    actual.add(values);
                }
                actual = canonical(actual, c.ordered());
                if (actual.equals(expected)) {
                    outcome = "ok";
                } else {
                    failed = true;
                    outcome = "rows " + actual + (actual.isEmpty() ? "" : " typed " + typesOf(actual.get(0)));
                }
            } catch (RuntimeException ex) {
                failed = true;
                outcome = "error " + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage());
                conn.rollback();
            }
            report.append("\n  ").append(e.getKey()).append(": ").append(sql).append("\n      -> ").append(outcome);
        }
        if (!failed) {
            return null;
        }
        return "seed " + seed + " (" + c.shape() + "), expected " + expected + report;
    }

    /** Integral numbers as Long, whatever width or decimal type the driver returned. */
    static Object normalise(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return b.longValueExact();
        }
        if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return d.longValueExact();
        }
        return v;
    }

    private static List<List<Object>> canonical(List<List<Object>> rows, boolean ordered) {
        List<List<Object>> out = new ArrayList<>(rows);
        if (!ordered) {
            out.sort(Comparator.comparing(r -> Arrays.deepToString(r.toArray())));
        }
        return out;
    }

    private static String typesOf(List<Object> row) {
        return row.stream().map(v -> v == null ? "null" : v.getClass().getSimpleName()).toList().toString();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(s);
    }

    @Override
    public void close() {
        for (Connection conn : connections.values()) {
            conn.rollback();
            conn.close();
        }
    }
}
