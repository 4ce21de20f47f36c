package dev.ormkit.dialect.postgresql;

import java.util.List;
import java.util.Locale;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.DialectProvider;
import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/** Makes {@link PostgresDialect} known to {@code Dialects}, under its URL names and their aliases. */
public final class PostgresDialectProvider implements DialectProvider {
    private static final UrlForm URL_FORM = new PostgresUrlForm();
    private final PostgresDialect dialect = new PostgresDialect();

    @Override
    public Dialect forName(String name) {
        return dialect;
    }

    @Override
    public List<String> names() {
        return List.of("postgresql");
    }

    @Override
    public List<String> aliases() {
        return List.of("postgres", "pgsql");
    }

    @Override
    public @Nullable Dialect forProductName(String productName) {
        return productName.toLowerCase(Locale.ROOT).contains("postgres") ? dialect : null;
    }

    @Override
    public UrlForm urlForm(String name) {
        return URL_FORM;
    }
}
