package dev.ormkit.orm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import dev.ormkit.engine.ConnectionProvider;
import dev.ormkit.engine.Engine;

/**
 * A transaction owned by plain JDBC code, which lends its connection to a joined session: what
 * Spring's DataSourceUtils does. The connection handed to the session is the real one behind a
 * recording wrapper, so a test sees every call the session made that only the owner may make.
 */
final class OutsideTransaction implements ConnectionProvider, AutoCloseable {
    private static final Set<String> OWNER_ONLY = Set.of("commit", "rollback", "close", "setAutoCommit",
            "setSavepoint", "releaseSavepoint", "setTransactionIsolation", "setReadOnly");

    final Connection jdbc;
    /** Calls the session made on the lent connection that belong to the owner. */
    final List<String> forbiddenCalls = Collections.synchronizedList(new ArrayList<>());
    int acquired;
    int released;
    int statements;

    OutsideTransaction(Engine engine) throws SQLException {
        jdbc = engine.dataSource().getConnection();
        jdbc.setAutoCommit(false);
    }

    /** Connections lent and not yet given back. */
    int held() {
        return acquired - released;
    }

    @Override
    public Connection acquire() {
        acquired++;
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (OWNER_ONLY.contains(method.getName())) {
                        forbiddenCalls.add(method.getName());
                    }
                    try {
                        return method.invoke(jdbc, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public void release(Connection connection) {
        released++;
    }

    @Override
    public void beforeStatement(Statement statement) {
        statements++;
    }

    /** Runs SQL on the owner's connection, in its transaction. */
    void run(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            jdbc.rollback();
        } finally {
            jdbc.close();
        }
    }
}
