package dev.ormkit.dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dialect for a URL scheme or a JDBC product name among the {@link DialectProvider}s
 * on the class path ({@code META-INF/services/dev.ormkit.dialect.DialectProvider}). The
 * providers are read once: dialects are immutable and shared by every engine.
 */
public final class Dialects {
    private static final List<DialectProvider> PROVIDERS = load();
    private static final Map<String, DialectProvider> BY_NAME = byName(PROVIDERS);

    /** The database names URLs may start with, as the providers found declare them (aliases aside). */
    public static final List<String> SUPPORTED = PROVIDERS.stream().flatMap(p -> p.names().stream()).toList();

    private Dialects() {
    }

    private static List<DialectProvider> load() {
        List<DialectProvider> out = new ArrayList<>();
        ServiceLoader.load(DialectProvider.class, Dialects.class.getClassLoader()).forEach(out::add);
        return List.copyOf(out);
    }

    private static Map<String, DialectProvider> byName(List<DialectProvider> providers) {
        Map<String, DialectProvider> out = new LinkedHashMap<>();
        for (DialectProvider p : providers) {
            List<String> names = new ArrayList<>(p.names());
            names.addAll(p.aliases());
            for (String name : names) {
                DialectProvider other = out.putIfAbsent(name, p);
                if (other != null) {
                    throw new IllegalStateException("Two dialect providers claim the database name '" + name + "': "
                            + other.getClass().getName() + " and " + p.getClass().getName());
                }
            }
        }
        return out;
    }

    /**
     * The dialect for a URL's database name ({@code postgresql}, {@code postgres},
     * {@code mysql}, {@code mariadb}, {@code sqlite}, {@code h2}, or a name a provider on the
     * class path declares).
     *
     * @throws ArgumentException naming the supported databases when the name is unknown
     */
    public static Dialect forName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return provider(name, key).forName(key);
    }

    private static DialectProvider provider(String name, String key) {
        DialectProvider p = BY_NAME.get(key);
        if (p == null) {
            throw new ArgumentException("Unsupported database '" + name + "'; ormkit supports "
                    + String.join(", ", SUPPORTED));
        }
        return p;
    }

    /**
     * How URLs naming the database {@code name} are spelled, as its provider says.
     *
     * @throws ArgumentException naming the supported databases when the name is unknown
     */
    public static UrlForm urlForm(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return provider(name, key).urlForm(key);
    }

    /**
     * The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}.
     *
     * @throws ArgumentException naming the supported databases when no provider knows the product
     */
    public static Dialect forProductName(String productName) {
        return forProduct(productName, null);
    }

    /**
     * The dialect for a connected database, from its JDBC product name and version string
     * ({@code DatabaseMetaData.getDatabaseProductName()} and {@code getDatabaseProductVersion()}).
     *
     * @throws ArgumentException when no provider knows the product
     */
    public static Dialect forProduct(String productName, @Nullable String productVersion) {
        for (DialectProvider p : PROVIDERS) {
            Dialect d = p.forProduct(productName, productVersion);
            if (d != null) {
                return d;
            }
        }
        throw new ArgumentException("Unsupported database '" + productName + "'; ormkit supports "
                + String.join(", ", SUPPORTED));
    }
}
