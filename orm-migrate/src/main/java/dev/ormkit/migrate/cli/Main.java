package dev.ormkit.migrate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import dev.ormkit.engine.Engine;
import dev.ormkit.exc.OrmException;
import dev.ormkit.migrate.MigrationException;
import dev.ormkit.migrate.Migrator;
import dev.ormkit.migrate.PendingChangesException;
import dev.ormkit.migrate.RevisionInfo;
import dev.ormkit.migrate.RevisionWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ormkit-migrate}: Alembic's commands on the command line, run with the application's
 * class path so that revisions and mapped classes are found.
 *
 * <pre>
 * java -cp "$(cat cp.txt):target/classes" dev.ormkit.migrate.cli.Main upgrade head
 * </pre>
 *
 * Exit codes: 0 done; 1 failed (the message starts with {@code FAILED:}), or {@code check}
 * found pending changes; 2 bad usage.
 */
@Command(name = "ormkit-migrate", mixinStandardHelpOptions = true, version = "ormkit-migrate 0.1",
        description = "Schema migrations for ormkit: Alembic's commands for Java.",
        subcommands = {Main.Init.class, Main.RevisionCommand.class, Main.Upgrade.class, Main.Downgrade.class,
                Main.Current.class, Main.History.class, Main.Heads.class, Main.Branches.class, Main.Merge.class,
                Main.Stamp.class, Main.Check.class})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, scope = ScopeType.INHERIT, description = "settings file (default: ${DEFAULT-VALUE})",
            defaultValue = Settings.FILE)
    Path config;

    @Option(names = "--url", scope = ScopeType.INHERIT, description = "database URL, e.g. postgresql://user@host/db")
    @Nullable String url;

    @Option(names = "--packages", split = ",", scope = ScopeType.INHERIT, description = "packages of the revision classes")
    @Nullable List<String> packages;

    @Option(names = "--source-dir", scope = ScopeType.INHERIT, description = "source root revisions are written to and compiled from")
    @Nullable Path sourceDir;

    @Option(names = "--metadata", scope = ScopeType.INHERIT,
            description = "the model for autogenerate: a package of mapped classes or a class with a static MetaData")
    @Nullable String metadata;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof PendingChangesException p) {
                line.getErr().println(p.getMessage());
                return 1;
            }
            if (e instanceof OrmException || e instanceof UncheckedIOException) {
                line.getErr().println("FAILED: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    Settings settings() {
        return Settings.load(config, url, packages, sourceDir, metadata);
    }

    /** Opens the engine, runs {@code work} with a migrator, closes the engine. */
    <R> R withMigrator(Function<Migrator, R> work) {
        Settings s = settings();
        Engine engine = Engine.create(s.requireUrl());
        try {
            Migrator migrator = Migrator.builder(engine).packages(s.requirePackages().toArray(new String[0]))
                    .sourceDirectory(s.sourceDir != null && Files.isDirectory(s.sourceDir) ? s.sourceDir : null).build();
            return work.apply(migrator);
        } finally {
            engine.dispose();
        }
    }

    /** What every subcommand shares: the parent's settings and the output. */
    static class Sub {
        @CommandLine.ParentCommand
        Main main;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    static String line(RevisionInfo r, List<String> heads, List<String> current) {
        String from = r.down().isEmpty() ? "<base>" : String.join(", ", r.down());
        StringBuilder s = new StringBuilder(from).append(" -> ").append(r.id());
        if (heads.contains(r.id())) {
            s.append(" (head)");
        }
        if (current.contains(r.id())) {
            s.append(" (current)");
        }
        if (r.isMerge()) {
            s.append(" (mergepoint)");
        }
        if (!r.message().isEmpty()) {
            s.append(", ").append(r.message());
        }
        return s.toString();
    }

    static String verbose(RevisionInfo r, List<String> heads) {
        return "Rev: " + r.id() + (heads.contains(r.id()) ? " (head)" : "") + "\n"
                + "Parent: " + (r.down().isEmpty() ? "<base>" : String.join(", ", r.down())) + "\n"
                + (r.branchLabels().isEmpty() ? "" : "Branch names: " + String.join(", ", r.branchLabels()) + "\n")
                + (r.dependsOn().isEmpty() ? "" : "Also depends on: " + String.join(", ", r.dependsOn()) + "\n")
                + "Class: " + r.migrationClass().getName() + "\n\n    " + r.message() + "\n";
    }

    @Command(name = "init", description = "Writes the settings file and creates the migrations package.")
    static final class Init extends Sub implements Callable<Integer> {
        @Option(names = "--package", required = true, description = "the migrations package, e.g. com.example.migrations")
        String packageName;

        @Override
        public Integer call() throws IOException {
            Path file = main.config;
            if (Files.exists(file)) {
                throw new MigrationException(file + " exists already; init leaves it as it is");
            }
            Path sources = main.sourceDir != null ? main.sourceDir : Path.of("src/main/java");
            Path dir = sources.resolve(packageName.replace('.', '/'));
            out().println("Creating directory " + dir + " ... done");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("package-info.java"), "/** Schema revisions (ormkit-migrate). */\npackage "
                    + packageName + ";\n");
            out().println("Generating " + file + " ... done");
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, "# ormkit-migrate settings (what alembic.ini is to Alembic)\n"
                    + "url = " + (main.url != null ? main.url : "sqlite:///app.db") + "\n"
                    + "# the packages of the revision classes; new revisions go to the first\n"
                    + "packages = " + packageName + "\n"
                    + "# the source root revisions are written to (and compiled from, so they run before a rebuild)\n"
                    + "source-dir = " + parent.relativize(sources.toAbsolutePath()) + "\n"
                    + "# the model autogenerate compares with: a package of mapped classes, or a class with a static MetaData\n"
                    + "metadata = " + (main.metadata != null ? main.metadata : "") + "\n");
            out().println("Please edit the settings in " + file + " before proceeding.");
            return 0;
        }
    }

    @Command(name = "revision", description = "Writes a new revision, empty or autogenerated from the model.")
    static final class RevisionCommand extends Sub implements Callable<Integer> {
        @Option(names = {"-m", "--message"}, required = true, description = "what the revision does")
        String message;

        @Option(names = "--autogenerate", description = "fill it with what brings the database to the model")
        boolean autogenerate;

        @Option(names = "--head", description = "the head to build on where there are several")
        @Nullable String head;

        @Option(names = "--rev-id", description = "the revision id instead of a random one")
        @Nullable String revId;

        @Option(names = "--branch-label", description = "a branch label for the new revision")
        @Nullable String branchLabel;

        @Override
        public Integer call() {
            Settings s = main.settings();
            return main.withMigrator(m -> {
                RevisionWriter w = m.revision(message);
                if (revId != null) {
                    w.id(revId);
                }
                if (head != null) {
                    w.head(head);
                }
                if (branchLabel != null) {
                    w.branchLabel(branchLabel);
                }
                if (autogenerate) {
                    w.autogenerate(s.loadMetaData(Thread.currentThread().getContextClassLoader()));
                    out().println("Detected " + w.changeCount() + " change(s)");
                }
                Path file = w.writeTo(s.requireSourceDir());
                out().println("Generating " + file + " ... done");
                return 0;
            });
        }
    }

    @Command(name = "upgrade", description = "Upgrades to a later revision: head, heads, +N, a revision, label@head.")
    static final class Upgrade extends Sub implements Callable<Integer> {
        @Parameters(index = "0", description = "target revision")
        String revision;

        @Option(names = "--sql", description = "print the SQL instead of running it (a range start:end starts elsewhere)")
        boolean sql;

        @Override
        public Integer call() {
            return main.withMigrator(m -> {
                if (sql) {
                    out().print(m.upgradeSql(revision));
                } else {
                    m.upgrade(revision);
                    out().println("Database at " + describe(m.current()));
                }
                return 0;
            });
        }
    }

    @Command(name = "downgrade", description = "Reverts to an earlier revision: -N, base, a revision.")
    static final class Downgrade extends Sub implements Callable<Integer> {
        @Parameters(index = "0", description = "target revision")
        String revision;

        @Option(names = "--sql", description = "print the SQL instead of running it")
        boolean sql;

        @Override
        public Integer call() {
            return main.withMigrator(m -> {
                if (sql) {
                    out().print(m.downgradeSql(revision));
                } else {
                    m.downgrade(revision);
                    out().println("Database at " + describe(m.current()));
                }
                return 0;
            });
        }
    }

    @Command(name = "current", description = "Shows the revision(s) the database is at.")
    static final class Current extends Sub implements Callable<Integer> {
        @Option(names = {"-v", "--verbose"})
        boolean verbose;

        @Override
        public Integer call() {
            return main.withMigrator(m -> {
                List<String> heads = m.heads();
                for (String id : m.current()) {
                    out().println(verbose ? verbose(m.revisionInfo(id), heads) : id + (heads.contains(id) ? " (head)" : ""));
                }
                return 0;
            });
        }
    }

    @Command(name = "history", description = "Lists the revisions, newest first.")
    static final class History extends Sub implements Callable<Integer> {
        @Option(names = {"-r", "--rev-range"}, description = "a range start:end, e.g. base:head, current:heads")
        @Nullable String range;

        @Option(names = {"-v", "--verbose"})
        boolean verbose;

        @Override
        public Integer call() {
            return main.withMigrator(m -> {
                List<String> heads = m.heads();
                List<String> current = range != null && range.contains("current") || verbose ? m.current() : List.of();
                for (RevisionInfo r : range == null ? m.history() : m.history(range)) {
                    out().println(verbose ? verbose(r, heads) : line(r, heads, current));
                }
                return 0;
            });
        }
    }

    @Command(name = "heads", description = "Shows the heads.")
    static final class Heads extends Sub implements Callable<Integer> {
        @Option(names = {"-v", "--verbose"})
        boolean verbose;

        @Override
        public Integer call() {
            return main.withMigrator(m -> {
                List<String> heads = m.heads();
                for (String h : heads) {
                    RevisionInfo r = m.revisionInfo(h);
                    out().println(verbose ? verbose(r, heads) : h + " (head)" + (r.message().isEmpty() ? "" : ", " + r.message()));
                }
                return 0;
            });
        }
    }

    @Command(name = "branches", description = "Shows the branch points.")
    static final class Branches extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            return main.withMigrator(m -> {
                for (String b : m.branches()) {
                    out().println(line(m.revisionInfo(b), m.heads(), List.of()) + " (branchpoint)");
                }
                return 0;
            });
        }
    }

    @Command(name = "merge", description = "Writes a revision joining two or more revisions (all heads by default).")
    static final class Merge extends Sub implements Callable<Integer> {
        @Option(names = {"-m", "--message"}, defaultValue = "merge heads")
        String message;

        @Option(names = "--rev-id")
        @Nullable String revId;

        @Parameters(arity = "0..*", description = "the revisions to join, or heads")
        @Nullable List<String> revisions;

        @Override
        public Integer call() {
            Settings s = main.settings();
            return main.withMigrator(m -> {
                List<String> revs = revisions == null || revisions.equals(List.of("heads")) ? List.of() : revisions;
                RevisionWriter w = m.merge(message, revs.toArray(new String[0]));
                if (revId != null) {
                    w.id(revId);
                }
                out().println("Generating " + w.writeTo(s.requireSourceDir()) + " ... done");
                return 0;
            });
        }
    }

    @Command(name = "stamp", description = "Sets the version table to a revision without running anything.")
    static final class Stamp extends Sub implements Callable<Integer> {
        @Parameters(index = "0")
        String revision;

        @Override
        public Integer call() {
            return main.withMigrator(m -> {
                m.stamp(revision);
                out().println("Database stamped at " + describe(m.current()));
                return 0;
            });
        }
    }

    @Command(name = "check", description = "Exits 1 when autogenerate would write a revision (for CI).")
    static final class Check extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            Settings s = main.settings();
            return main.withMigrator(m -> {
                m.check(s.loadMetaData(Thread.currentThread().getContextClassLoader()));
                out().println("No new upgrade operations detected.");
                return 0;
            });
        }
    }

    static String describe(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }
}
