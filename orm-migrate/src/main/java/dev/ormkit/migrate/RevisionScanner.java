package dev.ormkit.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Finds the {@link Revision} classes of packages on the class path (directories and jars). */
final class RevisionScanner {

    private RevisionScanner() {
    }

    /** The revisions in {@code packages} and their sub-packages, as {@code loader} sees them. */
    static List<RevisionInfo> scan(List<String> packages, ClassLoader loader) {
        List<RevisionInfo> out = new ArrayList<>();
        for (String pkg : packages) {
            for (String className : classNames(pkg, loader)) {
                RevisionInfo info = read(load(className, loader));
                if (info != null) {
                    out.add(info);
                }
            }
        }
        return out;
    }

    /** The revision a class declares, or null when it is not a revision. */
    static @Nullable RevisionInfo read(Class<?> type) {
        Revision r = type.getAnnotation(Revision.class);
        if (r == null) {
            return null;
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new MigrationException(type.getName() + " is annotated @Revision but does not implement Migration");
        }
        List<String> down = new ArrayList<>();
        for (String d : r.down()) {
            if (!d.equals(Revision.BASE) && !d.isBlank() && !down.contains(d)) {
                down.add(d);
            }
        }
        return new RevisionInfo(r.id(), down, r.message(), Arrays.asList(r.branchLabels()),
                Arrays.asList(r.dependsOn()), type.asSubclass(Migration.class));
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrationException("Cannot load " + className + " while looking for revisions: " + e, e);
        }
    }

    private static TreeSet<String> classNames(String pkg, ClassLoader loader) {
        String path = pkg.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    Path dir = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                            String rel = dir.relativize(f).toString().replace('\\', '/');
                            names.add(pkg + "." + rel.substring(0, rel.length() - 6).replace('/', '.'));
                        });
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String n = entries.nextElement().getName();
                            if (n.startsWith(path + "/") && n.endsWith(".class")) {
                                names.add(n.substring(0, n.length() - 6).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list package " + pkg, e);
        } catch (URISyntaxException e) {
            throw new MigrationException("Cannot list package " + pkg + ": " + e.getMessage(), e);
        }
        names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
        return names;
    }
}
