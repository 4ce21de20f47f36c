package dev.ormkit.engine;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where a session gets its JDBC connections when it does not own them: a transaction someone
 * else began (Spring's {@code DataSourceUtils}, a JTA container, plain JDBC code that hands its
 * connection over). The session takes a connection for each unit of work (a statement, a
 * flush, a load) and gives it back right after, so it never pins one between statements; it
 * never commits, rolls back or closes what it was given.
 */
public interface ConnectionProvider {
    /** A connection for one unit of work (a statement, a flush, a load); given back with {@link #release}. */
    java.sql.Connection acquire() throws SQLException;

    /** Gives back what {@link #acquire} returned. Never closes a connection a transaction still holds (the provider decides). */
    void release(java.sql.Connection connection);

    /** Called for every JDBC statement before it runs: where a transaction's timeout is applied. */
    default void beforeStatement(Statement statement) throws SQLException {
    }
}
