package dev.ormkit.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.ormkit.migrate.cli.Main;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI end to end, from a shell: each command a child JVM on the test class path, in a
 * project directory of its own, as a user would run it.
 */
class CliTest {
    @TempDir
    Path project;

    /** The commands in this JVM, through {@link dev.ormkit.migrate.cli.Main#run}, on every database. */
    @AllDatabases
    void everyCommandOnEveryDatabase(TestDatabase db) throws Exception {
        // H2's memory database lives in one process; the commands share a file database instead
        String url = db.kind() == DatabaseKind.H2 ? "jdbc:h2:file:" + project.resolve("h2db").toAbsolutePath() : db.url();
        commands(this::inProcess, url, project.resolve("src").toString());
    }

    /** The same from a shell: each command a child JVM started in the project directory. */
    @Test
    void fromAShell() throws Exception {
        commands(this::childJvm, "sqlite:///" + project.resolve("app.db").toAbsolutePath(), "src");
    }

    interface Cli {
        Run run(String... args) throws Exception;
    }

    void commands(Cli cli, String url, String sourceDir) throws Exception {
        Run init = cli.run("init", "--package", "com.example.migrations", "--url", url,
                "--metadata", "dev.ormkit.migrate.cliapp", "--source-dir", sourceDir);
        assertThat(init.code).as(init.output).isZero();
        assertThat(project.resolve("ormkit-migrate.properties")).exists();
        assertThat(project.resolve("src/com/example/migrations")).isDirectory();

        Run pending = cli.run("check");
        assertThat(pending.code).as(pending.output).isEqualTo(1);
        assertThat(pending.output).contains("New upgrade operations detected", "add_table authors", "add_table books");

        Run revision = cli.run("revision", "-m", "create authors and books", "--autogenerate", "--rev-id", "d1000000cli1");
        assertThat(revision.code).as(revision.output).isZero();
        Path file = project.resolve("src/com/example/migrations/CreateAuthorsAndBooks.java");
        assertThat(revision.output).contains("Detected 2 change(s)", "Generating", "CreateAuthorsAndBooks.java ... done");
        assertThat(Files.readString(file)).contains("op.createTable(\"authors\"", "op.createTable(\"books\"");

        Run sql = cli.run("upgrade", "head", "--sql");
        assertThat(sql.code).as(sql.output).isZero();
        assertThat(sql.output).contains("CREATE TABLE authors", "-- Running upgrade base -> d1000000cli1");

        Run upgrade = cli.run("upgrade", "head");
        assertThat(upgrade.code).as(upgrade.output).isZero();
        assertThat(upgrade.output).contains("Database at d1000000cli1");

        Run current = cli.run("current");
        assertThat(current.output.strip()).isEqualTo("d1000000cli1 (head)");
        Run history = cli.run("history");
        assertThat(history.output.strip()).isEqualTo("<base> -> d1000000cli1 (head), create authors and books");

        Run clean = cli.run("check");
        assertThat(clean.code).as(clean.output).isZero();
        assertThat(clean.output).contains("No new upgrade operations detected.");

        Run downgrade = cli.run("downgrade", "base");
        assertThat(downgrade.code).as(downgrade.output).isZero();
        assertThat(cli.run("current").output.strip()).isEmpty();
        Run behind = cli.run("check");
        assertThat(behind.code).isEqualTo(1);
        assertThat(behind.output).contains("Target database is not up to date");

        Run unknown = cli.run("upgrade", "nosuchrev");
        assertThat(unknown.code).isEqualTo(1);
        assertThat(unknown.output).contains("FAILED: Can't locate revision identified by 'nosuchrev'");
    }

    record Run(int code, String output) {
    }

    /** Runs the CLI here, with the project's settings file named. */
    Run inProcess(String... args) {
        StringWriter text = new StringWriter();
        PrintWriter both = new PrintWriter(text, true);
        List<String> all = new ArrayList<>(List.of("-c", project.resolve("ormkit-migrate.properties").toString()));
        all.addAll(List.of(args));
        int code = Main.run(both, both, all.toArray(new String[0]));
        return new Run(code, text.toString());
    }

    /** Runs the CLI in a child JVM in the project directory, as {@code java -cp ... Main args} would. */
    Run childJvm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "dev.ormkit.migrate.cli.Main"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(project, "cli", ".log");
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ormkit-migrate " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
