package dev.ormkit.dialect.postgresql;

import java.util.List;
import java.util.Locale;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.DialectProvider;
import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/** Makes {@link PostgresDialect} known to {@code Dialects}, under its URL names and their aliases. */
public final class PostgresDialectProvider implements DialectProvider {
    /**
     * The dialect and URL form, made when first asked for: reading the providers to choose one
     * database must not load and build every database's dialect. Typed by their supertypes, so
     * that verifying the provider does not load the dialect's class either.
     */
    private static final class Chosen {
        static final Dialect DIALECT = new PostgresDialect();
        static final UrlForm URL_FORM = new PostgresUrlForm();
    }

    @Override
    public Dialect forName(String name) {
        return Chosen.DIALECT;
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
        return productName.toLowerCase(Locale.ROOT).contains("postgres") ? Chosen.DIALECT : null;
    }

    @Override
    public UrlForm urlForm(String name) {
        return Chosen.URL_FORM;
    }
}
