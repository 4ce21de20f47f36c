package dev.ormkit.migrate;

import static dev.ormkit.sql.Sql.text;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.OperationalException;
import dev.ormkit.schema.CreateTable;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Compiled;
import dev.ormkit.sql.Executable;

/**
 * Carries out a revision's statements: {@link Online} runs them, {@link Offline} writes them.
 * Both see the same statements in the same order, so a script is what a run would have done.
 */
interface RevisionRunner {

    void createVersionTable(Table versionTable);

    /**
     * Runs one revision: its statements, then the version table's move, in one transaction. A
     * revision that rebuilt tables on a database that must check foreign keys itself (SQLite)
     * runs with enforcement off and is checked before it commits.
     */
    void run(RevisionInfo rev, boolean up, Operations op, List<Executable> versionMove, List<String> versionBefore);

    static String heading(RevisionInfo rev, boolean up) {
        String from = up ? Migrator.describe(rev.down()) : rev.id();
        String to = up ? rev.id() : Migrator.describe(rev.down());
        return "Running " + (up ? "upgrade " : "downgrade ") + from + " -> " + to
                + (rev.message().isEmpty() ? "" : ", " + rev.message());
    }

    /** Runs against the database. */
    final class Online implements RevisionRunner {
        private final Connection conn;

        Online(Connection conn) {
            this.conn = conn;
        }

        @Override
        public void createVersionTable(Table versionTable) {
            conn.execute(new CreateTable(versionTable));
            conn.commit();
        }

        @Override
        public void run(RevisionInfo rev, boolean up, Operations op, List<Executable> versionMove,
                        List<String> versionBefore) {
            Dialect dialect = conn.dialect();
            String off = op.rebuiltTables() ? dialect.foreignKeyEnforcementStatement(false) : null;
            String check = off != null ? dialect.foreignKeyCheckQuery() : null;
            Migrator.LOG.info(heading(rev, up));
            if (off != null) {
                outsideTransaction(off);
            }
            List<String> ran = new ArrayList<>();
            RuntimeException failure = null;
            try {
                for (Step step : op.steps()) {
                    conn.execute(step.statement());
                    ran.add(sqlOf(step.statement()));
                }
                if (check != null) {
                    List<Row> broken = conn.execute(text(check)).all();
                    if (!broken.isEmpty()) {
                        throw new MigrationException("Rebuilding tables left " + broken.size()
                                + " rows whose foreign keys point nowhere, e.g. " + broken.get(0).toString());
                    }
                }
                for (Executable v : versionMove) {
                    conn.execute(v);
                }
                conn.commit();
            } catch (RuntimeException e) {
                failure = e;
                try {
                    conn.rollback();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw failed(rev, up, e, ran, versionBefore, dialect);
            } finally {
                if (off != null) {
                    try {
                        outsideTransaction(dialect.foreignKeyEnforcementStatement(true));
                    } catch (RuntimeException e) {
                        if (failure != null) {
                            failure.addSuppressed(e);
                        } else {
                            throw e;
                        }
                    }
                }
            }
        }

        private String sqlOf(Executable statement) {
            return conn.dialect().compile(statement).sql();
        }

        /** A statement SQLite ignores inside a transaction: run between two. */
        private void outsideTransaction(String sql) {
            java.sql.Connection jdbc = conn.jdbcConnection();
            try {
                conn.commit();
                jdbc.setAutoCommit(true);
                try {
                    conn.execute(text(sql));
                } finally {
                    jdbc.setAutoCommit(false);
                }
            } catch (SQLException e) {
                throw new OperationalException(sql, List.of(), e);
            }
        }

        private static MigrationException failed(RevisionInfo rev, boolean up, RuntimeException cause, List<String> ran,
                                                 List<String> versionBefore, Dialect dialect) {
            String what = (up ? "Upgrade to " : "Downgrade from ") + "revision " + rev.id()
                    + (rev.message().isEmpty() ? "" : " (" + rev.message() + ")") + " failed on " + dialect.name()
                    + ": " + cause.getMessage() + "\n";
            String version = "orm_version still records " + Migrator.describe(versionBefore)
                    + ", the last completed revision.";
            if (dialect.supportsTransactionalDdl()) {
                return new MigrationException(what + "The revision was rolled back; " + version, cause);
            }
            StringBuilder m = new StringBuilder(what).append(dialect.name())
                    .append(" commits DDL as it runs, so this revision is partly applied: ");
            if (ran.isEmpty()) {
                m.append("none of its statements ran before the failing one. ");
            } else {
                m.append("these ").append(ran.size()).append(" statement(s) ran and stay:\n");
                for (String s : ran) {
                    m.append("    ").append(s.replace("\n", " ")).append('\n');
                }
            }
            m.append(version).append(" Undo those statements by hand (or complete the revision and stamp it) before")
                    .append(" upgrading again.");
            return new MigrationException(m.toString(), cause);
        }
    }

    /** Writes the script instead of running it. */
    final class Offline implements RevisionRunner {
        private final SqlScript script;

        Offline(SqlScript script) {
            this.script = script;
        }

        @Override
        public void createVersionTable(Table versionTable) {
            write(new CreateTable(versionTable));
        }

        @Override
        public void run(RevisionInfo rev, boolean up, Operations op, List<Executable> versionMove,
                        List<String> versionBefore) {
            script.comment(heading(rev, up));
            Dialect d = script.dialect();
            String off = op.rebuiltTables() ? d.foreignKeyEnforcementStatement(false) : null;
            if (off != null) {
                write(text(off));
            }
            for (Step step : op.steps()) {
                write(step.statement());
            }
            if (off != null && d.foreignKeyCheckQuery() != null) {
                write(text(d.foreignKeyCheckQuery()));
            }
            versionMove.forEach(this::write);
            if (off != null) {
                write(text(d.foreignKeyEnforcementStatement(true)));
            }
        }

        private void write(Executable statement) {
            Compiled.BoundStatement bound = script.dialect().compile(statement).bind(Map.of());
            script.statement(bound.sql(), bound.values());
        }
    }
}
