package dev.ormkit.migrate.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import dev.ormkit.migrate.MigrationException;
import dev.ormkit.schema.MetaData;
import org.jspecify.annotations.Nullable;

/**
 * The CLI's settings: {@code url}, {@code packages}, {@code source-dir} and {@code metadata},
 * from {@code ormkit-migrate.properties} (Alembic's {@code alembic.ini}), each overridden by
 * the option of the same name.
 */
final class Settings {
    static final String FILE = "ormkit-migrate.properties";

    final @Nullable String url;
    final List<String> packages;
    final @Nullable Path sourceDir;
    final @Nullable String metadata;

    private Settings(@Nullable String url, List<String> packages, @Nullable Path sourceDir, @Nullable String metadata) {
        this.url = url;
        this.packages = packages;
        this.sourceDir = sourceDir;
        this.metadata = metadata;
    }

    static Settings load(Path file, @Nullable String url, @Nullable List<String> packages, @Nullable Path sourceDir,
                         @Nullable String metadata) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        List<String> pk = packages != null && !packages.isEmpty() ? packages : split(p.getProperty("packages"));
        String dir = p.getProperty("source-dir");
        Path base = file.toAbsolutePath().getParent();
        Path src = sourceDir != null ? sourceDir : dir == null || dir.isBlank() ? null : base.resolve(dir.trim());
        return new Settings(first(url, p.getProperty("url")), pk, src, first(metadata, p.getProperty("metadata")));
    }

    private static @Nullable String first(@Nullable String option, @Nullable String property) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        return property == null || property.isBlank() ? null : property.trim();
    }

    private static List<String> split(@Nullable String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    String requireUrl() {
        if (url == null) {
            throw new MigrationException("No database URL: set url in " + FILE + " or pass --url");
        }
        return url;
    }

    List<String> requirePackages() {
        if (packages.isEmpty()) {
            throw new MigrationException("No migrations package: set packages in " + FILE + " or pass --packages");
        }
        return packages;
    }

    Path requireSourceDir() {
        if (sourceDir == null) {
            throw new MigrationException("No source directory to write revisions to: set source-dir in " + FILE
                    + " or pass --source-dir");
        }
        return sourceDir;
    }

    /**
     * The model to compare with: {@code metadata} names a class with a static {@code MetaData}
     * field or no-argument method (or a {@code Supplier<MetaData>}), or else a package whose
     * mapped classes are scanned.
     */
    MetaData loadMetaData(ClassLoader loader) {
        if (metadata == null) {
            throw new MigrationException("Autogenerate needs the application's model: set metadata in " + FILE
                    + " (a package of mapped classes, or a class with a static MetaData field) or pass --metadata");
        }
        Class<?> type;
        try {
            type = Class.forName(metadata, true, loader);
        } catch (ClassNotFoundException e) {
            return MetaData.scan(metadata);
        }
        try {
            if (Supplier.class.isAssignableFrom(type)) {
                Object supplied = ((Supplier<?>) type.getDeclaredConstructor().newInstance()).get();
                if (supplied instanceof MetaData md) {
                    return md;
                }
            }
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == MetaData.class) {
                    return (MetaData) f.get(null);
                }
            }
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == MetaData.class) {
                    return (MetaData) m.invoke(null);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new MigrationException("Cannot get the MetaData from " + metadata + ": " + e, e);
        }
        throw new MigrationException(metadata + " has no public static MetaData field or method and is no Supplier<MetaData>");
    }
}
