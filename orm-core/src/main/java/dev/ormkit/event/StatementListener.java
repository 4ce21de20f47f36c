package dev.ormkit.event;

import dev.ormkit.exc.DatabaseException;

/**
 * Sees every statement an engine runs: metrics, tracing, logging and statement counting hang
 * off this. Register one with {@code engine.events().addStatementListener(listener)}.
 *
 * <p>Each execution calls {@link #onStatementStart} and then exactly one of
 * {@link #onStatementEnd} or {@link #onStatementError}, on the executing thread, with the same
 * {@link StatementEvent}: keep per-execution state there ({@link StatementEvent#setAttribute}).
 * Keep the callbacks quick; an exception they throw is logged and does not reach the
 * statement.
 */
public interface StatementListener {

    /** Before the statement is sent. */
    default void onStatementStart(StatementEvent event) {
    }

    /** After the statement succeeded, with its duration and row count. */
    default void onStatementEnd(StatementEvent event) {
    }

    /** After the database refused the statement ({@code error} is also {@link StatementEvent#error()}). */
    default void onStatementError(StatementEvent event, DatabaseException error) {
    }
}
