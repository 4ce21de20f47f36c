package dev.ormkit.bench.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The databases a benchmark runs on. Each trial gets a scratch space of its own: a fresh H2
 * memory database, or the PostgreSQL schema {@value #SCHEMA} (dropped and recreated), so a
 * trial never sees the rows of the one before.
 */
public enum Database {
    /** H2 in memory, in the benchmark's own JVM. */
    H2 {
        @Override
        public String jdbcUrl(String trial) {
            return "jdbc:h2:mem:" + trial + ";DB_CLOSE_DELAY=-1";
        }

        @Override
        void createScratch(Connection admin) {
            // a new memory database is empty
        }

        @Override
        void dropScratch(Connection admin) throws SQLException {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
        }
    },

    /**
     * The local PostgreSQL server; {@code ORMKIT_BENCH_POSTGRES_URL} overrides where it is (a
     * {@code jdbc:postgresql:} URL). Batched inserts are rewritten into multi-row statements by
     * the driver ({@code reWriteBatchedInserts=true}), as a JDBC program tuned for bulk work does.
     */
    POSTGRESQL {
        @Override
        public String jdbcUrl(String trial) {
            String base = System.getenv().getOrDefault("ORMKIT_BENCH_POSTGRES_URL",
                    "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true";
        }

        @Override
        void createScratch(Connection admin) throws SQLException {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                s.execute("CREATE SCHEMA " + SCHEMA);
            }
        }

        @Override
        void dropScratch(Connection admin) throws SQLException {
            try (Statement s = admin.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    };

    /** The PostgreSQL schema the benchmarks own; search_path points at it. */
    public static final String SCHEMA = "bench";

    /** The JDBC URL of this database's scratch space for a trial named {@code trial}. */
    public abstract String jdbcUrl(String trial);

    abstract void createScratch(Connection admin) throws SQLException;

    abstract void dropScratch(Connection admin) throws SQLException;

    /** The {@code @Param} value naming this database. */
    public String paramName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The database a {@code @Param} value names. */
    public static Database named(String param) {
        for (Database d : values()) {
            if (d.paramName().equals(param)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown benchmark database '" + param + "'; expected h2 or postgresql");
    }
}
