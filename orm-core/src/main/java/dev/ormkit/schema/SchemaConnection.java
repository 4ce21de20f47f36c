package dev.ormkit.schema;

import java.sql.Connection;

/**
 * The part of a database connection that creating, dropping and inspecting tables uses: a
 * dialect, a way to run DDL, the JDBC connection for catalog reads, and commit.
 * {@code dev.ormkit.engine.Connection} is one; the schema package needs no more of the engine.
 */
public interface SchemaConnection extends AutoCloseable {

    /** The dialect DDL is rendered and the catalog read with. */
    DdlDialect dialect();

    /** Runs one DDL statement on this connection, in its transaction. */
    void executeDdl(DdlElement statement);

    /** The JDBC connection underneath, for reading the catalog. */
    Connection jdbcConnection();

    /** Commits the connection's transaction. */
    void commit();

    /** Gives the connection back (rolling back what was not committed). */
    @Override
    void close();
}
