package dev.ormkit.schema;

/**
 * Where schema operations take a connection from for one unit of work:
 * {@code dev.ormkit.engine.Engine} is one ({@code metadata.createAll(engine)}).
 */
public interface SchemaConnectionSource {

    /** A connection of its own, to be closed by the caller. */
    SchemaConnection connect();
}
