package dev.ormkit.dialect.sqlite;

import java.util.List;
import java.util.Locale;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.DialectProvider;
import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/** Makes {@link SqliteDialect} known to {@code Dialects}. */
public final class SqliteDialectProvider implements DialectProvider {
    private static final UrlForm URL_FORM = new SqliteUrlForm();
    private final SqliteDialect dialect = new SqliteDialect();

    @Override
    public Dialect forName(String name) {
        return dialect;
    }

    @Override
    public List<String> names() {
        return List.of("sqlite");
    }

    @Override
    public @Nullable Dialect forProductName(String productName) {
        return productName.toLowerCase(Locale.ROOT).contains("sqlite") ? dialect : null;
    }

    @Override
    public UrlForm urlForm(String name) {
        return URL_FORM;
    }
}
