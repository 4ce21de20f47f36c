package dev.ormkit.dialect.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * What an embedded H2 session knows of its transaction, and how it runs a query lazily. Kept apart from {@link H2Dialect} so
 * that H2's own classes load only when an H2 connection is at hand.
 */
final class H2Sessions {
    private H2Sessions() {
    }

    /** True when {@code jdbc} is an embedded H2 connection whose transaction holds no change. */
    static boolean wroteNothing(Connection jdbc) throws SQLException {
        // a server (TCP) session would have to ask the server: only an embedded one answers here
        return jdbc.isWrapperFor(JdbcConnection.class)
                && jdbc.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                && !local.hasPendingTransaction();
    }

    /**
     * Runs {@code query} with H2's lazy query execution on, so that its rows are computed as
     * they are read instead of all at once into a result held in memory; the session's own
     * setting is restored right after (a lazy result stays lazy). An embedded session is told
     * directly; a server session through {@code SET LAZY_QUERY_EXECUTION}.
     */
    static ResultSet executeLazily(PreparedStatement query) throws SQLException {
        Connection jdbc = query.getConnection();
        if (jdbc.isWrapperFor(JdbcConnection.class)
                && jdbc.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local) {
            boolean was = local.isLazyQueryExecution();
            local.setLazyQueryExecution(true);
            try {
                return query.executeQuery();
            } finally {
                local.setLazyQueryExecution(was);
            }
        }
        try (Statement set = jdbc.createStatement()) {
            set.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try {
                return query.executeQuery();
            } finally {
                set.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }
}
