package dev.ormkit.dialect.mysql;

import java.util.List;
import java.util.Locale;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.DialectProvider;
import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/** Makes {@link MySqlDialect} known to {@code Dialects}, in its MySQL and MariaDB forms. */
public final class MySqlDialectProvider implements DialectProvider {
    /*
     * The dialects and the URL form, each made when first asked for: reading the providers to
     * choose one database must not load and build every database's dialect. Typed by their
     * supertypes, so that verifying the provider does not load the dialect's class either.
     */
    private static final class MySql {
        static final Dialect DIALECT = new MySqlDialect(false);
    }

    private static final class MariaDb {
        static final Dialect DIALECT = new MySqlDialect(true);
    }

    private static final class Urls {
        static final UrlForm FORM = new MySqlUrlForm();
    }

    @Override
    public Dialect forName(String name) {
        return name.equals("mariadb") ? MariaDb.DIALECT : MySql.DIALECT;
    }

    @Override
    public List<String> names() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public @Nullable Dialect forProductName(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        // MariaDB's driver may report either name: the more specific one decides
        if (p.contains("mariadb")) {
            return MariaDb.DIALECT;
        }
        return p.contains("mysql") ? MySql.DIALECT : null;
    }

    /** MariaDB servers (and drivers asked to) call themselves MySQL; their version string says MariaDB. */
    @Override
    public @Nullable Dialect forProduct(String productName, @Nullable String productVersion) {
        String p = productName.toLowerCase(Locale.ROOT);
        // decided on the names, not by comparing dialects: another database's product builds neither
        if (p.contains("mysql") && !p.contains("mariadb") && productVersion != null
                && productVersion.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return MariaDb.DIALECT;
        }
        return forProductName(productName);
    }

    @Override
    public UrlForm urlForm(String name) {
        return Urls.FORM;
    }
}
