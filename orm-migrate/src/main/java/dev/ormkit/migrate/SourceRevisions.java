package dev.ormkit.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles the revision sources of a source directory, so that a revision just written by
 * {@code revision} runs without rebuilding the application: Alembic runs its scripts as they
 * are, and the CLI does the same for Java. Needs a JDK (the JRE has no compiler).
 */
final class SourceRevisions {

    private SourceRevisions() {
    }

    /**
     * A class loader over the compiled sources of {@code packages} under {@code sourceRoot}, on
     * top of {@code parent}; {@code parent} itself when there are no sources.
     */
    static ClassLoader compile(Path sourceRoot, List<String> packages, ClassLoader parent) {
        List<Path> sources = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = sourceRoot.resolve(pkg.replace('.', '/'));
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                            .forEach(sources::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (sources.isEmpty()) {
            return parent;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new MigrationException("Compiling the revisions in " + sourceRoot + " needs a JDK, but this Java ("
                    + System.getProperty("java.home") + ") has no compiler; run with a JDK or compile them with the application");
        }
        try {
            // compiled once per content: each CLI command is a new JVM, and javac is the slow part of its start
            Path out = Path.of(System.getProperty("java.io.tmpdir"), "ormkit-revisions", fingerprint(sources));
            Path done = out.resolve(".complete");
            if (!Files.exists(done)) {
                Files.createDirectories(out);
                List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-nowarn",
                        "-classpath", System.getProperty("java.class.path")));
                for (Path s : sources) {
                    args.add(s.toString());
                }
                int rc = javac.run(null, null, null, args.toArray(new String[0]));
                if (rc != 0) {
                    throw new MigrationException("The revisions in " + sourceRoot + " do not compile (see the compiler's"
                            + " messages above)");
                }
                Files.writeString(done, "");
            }
            return new ChildFirst(new URL[] {out.toUri().toURL()}, parent, packages);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hash of the sources' names and contents and of the class path they compile against. */
    private static String fingerprint(List<Path> sources) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(System.getProperty("java.class.path").getBytes(StandardCharsets.UTF_8));
            List<Path> sorted = new ArrayList<>(sources);
            sorted.sort(null);
            for (Path s : sorted) {
                sha.update(s.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(s));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads the migrations packages from the freshly compiled classes first: a source edited
     * since the application was built wins over its stale class on the class path.
     */
    private static final class ChildFirst extends URLClassLoader {
        private final List<String> packages;

        ChildFirst(URL[] urls, ClassLoader parent, List<String> packages) {
            super(urls, parent);
            this.packages = packages;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && inPackages(name)) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = null;
                    }
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        private boolean inPackages(String name) {
            for (String p : packages) {
                if (name.startsWith(p + ".")) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
