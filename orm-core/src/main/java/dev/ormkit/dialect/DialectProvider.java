package dev.ormkit.dialect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes one database's dialects known to {@link Dialects}: listed in
 * {@code META-INF/services/dev.ormkit.dialect.DialectProvider}, so that a fifth database is a
 * jar with a dialect, a provider and that file, and nothing else changes.
 */
public interface DialectProvider {

    /** The database names, in lower case, that URLs may start with and error messages list ({@code "postgresql"}). */
    List<String> names();

    /** Other names URLs may use for the same databases ({@code "postgres"}), not listed in messages. */
    default List<String> aliases() {
        return List.of();
    }

    /** The dialect for one of {@link #names()} or {@link #aliases()}. */
    Dialect forName(String name);

    /**
     * The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}, or null when
     * the product is not this provider's database.
     */
    @Nullable Dialect forProductName(String productName);

    /**
     * The dialect for a connected database's product name and version string, or null when it is
     * not this provider's database. The default reads the name alone; a provider whose databases
     * share a product name tells them apart by the version ({@code "10.11.6-MariaDB"}).
     */
    default @Nullable Dialect forProduct(String productName, @Nullable String productVersion) {
        return forProductName(productName);
    }

    /**
     * How URLs naming {@code name}, one of {@link #names()} or {@link #aliases()}, are spelled and
     * turned into JDBC URLs. The default is the server form,
     * {@code name://user:password@host:port/database} for {@code jdbc:name://host:port/database}.
     */
    default UrlForm urlForm(String name) {
        return UrlForm.SERVER;
    }
}
