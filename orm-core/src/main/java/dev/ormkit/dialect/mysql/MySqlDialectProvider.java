package dev.ormkit.dialect.mysql;

import java.util.List;
import java.util.Locale;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.DialectProvider;
import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/** Makes {@link MySqlDialect} known to {@code Dialects}, in its MySQL and MariaDB forms. */
public final class MySqlDialectProvider implements DialectProvider {
    private static final UrlForm URL_FORM = new MySqlUrlForm();
    private final MySqlDialect mysql = new MySqlDialect(false);
    private final MySqlDialect mariadb = new MySqlDialect(true);

    @Override
    public Dialect forName(String name) {
        return name.equals("mariadb") ? mariadb : mysql;
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
            return mariadb;
        }
        return p.contains("mysql") ? mysql : null;
    }

    /** MariaDB servers (and drivers asked to) call themselves MySQL; their version string says MariaDB. */
    @Override
    public @Nullable Dialect forProduct(String productName, @Nullable String productVersion) {
        Dialect byName = forProductName(productName);
        if (byName == mysql && productVersion != null && productVersion.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return mariadb;
        }
        return byName;
    }

    @Override
    public UrlForm urlForm(String name) {
        return URL_FORM;
    }
}
