package dev.ormkit.event;

/**
 * Why a statement runs: the layer and the operation that sent it. Listeners use it to tell
 * a query the application asked for from the statements the ORM sends on its own (a lazy
 * load, a flush), for metrics and traces.
 */
public enum Origin {
    /** A query the application ran through a session ({@code session.query(...)}, {@code session.execute(select(User.class))}). */
    QUERY,
    /** An object looked up by primary key ({@code session.get}). */
    GET,
    /** A relationship or proxy loaded on first access. */
    LAZY_LOAD,
    /** A relationship loaded with its parents' query (selectin, subquery, or a subclass's columns). */
    EAGER_LOAD,
    /** INSERT, UPDATE and DELETE statements of a session flush. */
    FLUSH,
    /** An object's row read again ({@code session.refresh}). */
    REFRESH,
    /** An UPDATE or DELETE over many rows ({@code query.update}, {@code query.delete}, a Core UPDATE or DELETE in a session). */
    BULK,
    /** SQL text written by the application ({@code text("...")}). */
    RAW_SQL,
    /** Schema statements: CREATE, DROP, ALTER. */
    DDL,
    /** A Core statement run on a connection, outside the ORM. */
    CORE
}
