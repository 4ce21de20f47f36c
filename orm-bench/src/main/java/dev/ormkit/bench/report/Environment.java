package dev.ormkit.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.ormkit.bench.support.Database;
import org.jspecify.annotations.Nullable;

/**
 * What the numbers were measured on: machine, operating system, JVM, database servers and
 * library versions, as label/value pairs in the order the report shows them.
 */
public final class Environment {
    private final Map<String, String> facts = new LinkedHashMap<>();

    private Environment() {
    }

    /** Collects the facts; databases that are not part of the run are left out. */
    public static Environment collect(List<Database> databases) {
        Environment env = new Environment();
        Runtime rt = Runtime.getRuntime();
        env.put("CPU", cpuModel());
        env.put("Cores", rt.availableProcessors() + " (as the JVM sees them)");
        env.put("Memory", memory());
        env.put("Load average at start", String.format(Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        env.put("OS", osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch") + ")");
        env.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")");
        for (Database db : databases) {
            env.put(db == Database.H2 ? "H2" : "PostgreSQL", serverVersion(db));
        }
        env.put("JDBC drivers", "H2 " + org.h2.engine.Constants.FULL_VERSION + ", PostgreSQL JDBC "
                + org.postgresql.util.DriverInfo.DRIVER_VERSION);
        env.put("Libraries", "Hibernate ORM " + org.hibernate.Version.getVersionString()
                + ", jOOQ " + mavenVersion("org.jooq", "jooq")
                + ", HikariCP " + mavenVersion("com.zaxxer", "HikariCP")
                + ", JMH " + mavenVersion("org.openjdk.jmh", "jmh-core"));
        env.put("ormkit commit", gitCommit());
        return env;
    }

    /** Adds or replaces a fact. */
    public void put(String label, String value) {
        facts.put(label, value);
    }

    /** The facts, in report order. */
    public Map<String, String> facts() {
        return facts;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture is all we know
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return "unknown";
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.name");
    }

    private static String serverVersion(Database db) {
        try (Connection conn = DriverManager.getConnection(db.jdbcUrl("benchversion"))) {
            var md = conn.getMetaData();
            return md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()
                    + (db == Database.H2 ? " (in memory, in the benchmark JVM)" : " (local server, over TCP on 127.0.0.1)");
        } catch (SQLException e) {
            return "unreachable: " + e.getMessage();
        }
    }

    /** Whether the database answers; the runner checks before starting a long run. */
    public static @Nullable String unreachable(Database db) {
        try (Connection conn = DriverManager.getConnection(db.jdbcUrl("benchprobe"))) {
            return conn.isValid(5) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** A library's version from the pom.properties its jar carries (the shaded jar keeps them). */
    private static String mavenVersion(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (var in = Environment.class.getResourceAsStream(resource)) {
            if (in != null) {
                var props = new java.util.Properties();
                props.load(in);
                String v = props.getProperty("version");
                if (v != null) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "(version unknown)";
    }

    private static String gitCommit() {
        String head = git("rev-parse", "--short", "HEAD");
        if (head == null) {
            return "unknown (not run from a git checkout)";
        }
        String status = git("status", "--porcelain", "--untracked-files=no");
        return head + (status != null && !status.isBlank() ? " with uncommitted changes" : "");
    }

    private static @Nullable String git(String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
