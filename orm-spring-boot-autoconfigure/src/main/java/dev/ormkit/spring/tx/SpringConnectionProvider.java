package dev.ormkit.spring.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import dev.ormkit.engine.ConnectionProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Gives ormkit sessions the connection Spring associates with the current thread, one unit of
 * work at a time: inside a transaction it is the transaction's connection (shared with
 * {@code JdbcTemplate}), and giving it back only lowers Spring's reference count; outside one
 * it is a pooled connection returned as soon as the statement or load is done. A session
 * therefore never keeps a connection of its own: transaction suspension needs nothing from
 * it, and a request session between transactions pins nothing in the pool.
 */
public final class SpringConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    public SpringConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() throws SQLException {
        // DataSourceUtils throws CannotGetJdbcConnectionException, keeping the SQLException as cause
        return DataSourceUtils.doGetConnection(dataSource);
    }

    @Override
    public void release(Connection connection) {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }

    /** The transaction's {@code timeout} as a query timeout; past the deadline, the statement is refused. */
    @Override
    public void beforeStatement(Statement statement) throws SQLException {
        DataSourceUtils.applyTransactionTimeout(statement, dataSource);
    }

    /** The data source connections come from. */
    public DataSource dataSource() {
        return dataSource;
    }
}
