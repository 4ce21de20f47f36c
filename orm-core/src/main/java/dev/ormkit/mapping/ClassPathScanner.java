package dev.ormkit.mapping;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import dev.ormkit.exc.ArgumentException;

/**
 * Finds the class names under a package on the class path, in directories and in jars,
 * without loading classes that are not asked for.
 */
final class ClassPathScanner {
    private ClassPathScanner() {
    }

    /** The names of the classes in {@code packageName} and its sub-packages, sorted. */
    static List<String> classNames(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    scanDirectory(new File(toUri(url)), packageName, names);
                } else if (url.getProtocol().equals("jar")) {
                    scanJar(url, path, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan package " + packageName, e);
        }
        return new ArrayList<>(names);
    }

    private static java.net.URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            return new File(URLDecoder.decode(url.getPath(), StandardCharsets.UTF_8)).toURI();
        }
    }

    private static void scanDirectory(File dir, String packageName, TreeSet<String> out) {
        File[] files = dir.listFiles();
        if (files == null) {
            return;
        }
        for (File f : files) {
            String name = f.getName();
            if (f.isDirectory()) {
                scanDirectory(f, packageName + "." + name, out);
            } else if (isClassFile(name)) {
                out.add(packageName + "." + name.substring(0, name.length() - ".class".length()));
            }
        }
    }

    private static void scanJar(URL url, String path, TreeSet<String> out) throws IOException {
        java.net.URLConnection conn = url.openConnection();
        if (!(conn instanceof JarURLConnection jarConn)) {
            throw new ArgumentException("Cannot scan " + url + ": not a jar");
        }
        jarConn.setUseCaches(false);
        try (JarFile jar = jarConn.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            String prefix = path + "/";
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && isClassFile(name)) {
                    out.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class") && !name.equals("module-info.class") && !name.equals("package-info.class")
                && !name.endsWith("package-info.class");
    }
}
