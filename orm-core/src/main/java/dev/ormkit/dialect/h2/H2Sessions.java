package dev.ormkit.dialect.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * What an embedded H2 session knows of its transaction. Kept apart from {@link H2Dialect} so
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
}
