package dev.ormkit.reliability.support;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * Restarts a database server on this machine as its operator would ({@code pg_ctlcluster};
 * {@code mariadb-admin shutdown} then {@code start-stop-daemon}), and makes sure it runs again.
 * Only a server at a local address can be restarted. The commands' output goes to
 * {@code target/reliability/<server>-control.log}.
 */
public final class ServerControl {
    /** The system property that allows restarting a server; without it {@link #restart()} refuses. */
    public static final String ENABLED = "ormkit.reliability.restart";

    private static final Set<String> LOCAL = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final long COMMAND_SECONDS = 120;
    private static final long START_SECONDS = 60;

    private final Server server;

    /** The control of {@code server}. */
    public ServerControl(Server server) {
        this.server = server;
    }

    /** Aborts the calling test with a one-line reason when this machine cannot restart the server. */
    public void assumeRestartable() {
        String host = String.valueOf(server.url().host());
        if (!LOCAL.contains(host)) {
            throw new TestAbortedException(server + " restart skipped: the server at " + host + " is not on this machine");
        }
        for (List<String> command : server.restartCommands(host)) {
            if (!installed(command.get(0))) {
                throw new TestAbortedException(server + " restart skipped: " + command.get(0) + " is not installed");
            }
        }
    }

    /**
     * Runs the restart commands; returns once the server answers a new connection again. Refuses
     * unless {@code -Dormkit.reliability.restart=true} is set.
     *
     * @return how long the commands took, in milliseconds
     */
    public long restart() {
        if (!Boolean.getBoolean(ENABLED)) {
            throw new IllegalStateException("refusing to restart " + server + ": other users of the server would be"
                    + " disturbed; run with -D" + ENABLED + "=true to allow it");
        }
        long start = System.nanoTime();
        for (List<String> command : server.restartCommands(server.url().host())) {
            run(command);
        }
        long commands = (System.nanoTime() - start) / 1_000_000;
        awaitAnswer();
        return commands;
    }

    /** Starts the server if it does not answer, and waits until it does (fails after 60 s). */
    public void ensureRunning() {
        if (!answers()) {
            run(server.startCommand(server.url().host()));
            awaitAnswer();
        }
    }

    /** True when a new connection to the server's {@code reliability} database works. */
    public boolean answers() {
        try (Connection c = server.adminConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void awaitAnswer() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        long nextStart = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answers()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(server + " does not answer " + START_SECONDS + " s after its start; see "
                        + log());
            }
            if (System.nanoTime() > nextStart) {
                // a start issued while the old process was still stopping did nothing: issue it again
                run(server.startCommand(server.url().host()));
                nextStart = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            }
            pause(100);
        }
    }

    private void run(List<String> command) {
        try {
            Files.createDirectories(log().getParent());
            Files.writeString(log(), "$ " + String.join(" ", command) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            // output to a file, never a pipe: a daemon started in the background may keep it open
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log().toFile())).redirectInput(Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("`" + String.join(" ", command) + "` still running after "
                        + COMMAND_SECONDS + " s; see " + log());
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("`" + String.join(" ", command) + "` exited with " + process.exitValue()
                        + "; see " + log());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run `" + String.join(" ", command) + "`", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running `" + String.join(" ", command) + "`", e);
        }
    }

    private Path log() {
        return Path.of("target", "reliability", server.platform() + "-control.log");
    }

    private static boolean installed(String program) {
        if (program.startsWith("/")) {
            return new File(program).canExecute();
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/sbin:/usr/bin:/sbin:/bin" : path).split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
