package dev.ormkit.event;

import dev.ormkit.exc.DatabaseException;

/**
 * Sees every statement an engine runs: metrics, logging, statement counting and N+1
 * detection hang off this. Called on the executing thread; keep it quick and never throw.
 */
public interface StatementListener {

    /** Before the statement is sent. */
    default void onStatementStart(StatementEvent event) {
    }

    /** After the statement succeeded, with its duration and row count. */
    default void onStatementEnd(StatementEvent event) {
    }

    /** After the database refused the statement. */
    default void onStatementError(StatementEvent event, DatabaseException error) {
    }
}
