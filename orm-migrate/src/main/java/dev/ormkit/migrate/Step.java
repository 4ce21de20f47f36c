package dev.ormkit.migrate;

import dev.ormkit.sql.Executable;

/**
 * One statement of a migration run, and where it runs: inside the revision's transaction (the
 * usual case), outside any transaction (SQLite's foreign key switch), or as a query whose rows
 * are errors (SQLite's foreign key check after a rebuild).
 */
record Step(Executable statement, Kind kind) {

    enum Kind { IN_TRANSACTION, OUTSIDE_TRANSACTION, MUST_RETURN_NOTHING }

    static Step of(Executable statement) {
        return new Step(statement, Kind.IN_TRANSACTION);
    }
}
