package dev.ormkit.dialect.h2;

import java.util.List;
import java.util.Locale;
import dev.ormkit.dialect.Dialect;
import dev.ormkit.dialect.DialectProvider;
import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/** Makes {@link H2Dialect} known to {@code Dialects}. */
public final class H2DialectProvider implements DialectProvider {
    private static final UrlForm URL_FORM = new H2UrlForm();
    private final H2Dialect dialect = new H2Dialect();

    @Override
    public Dialect forName(String name) {
        return dialect;
    }

    @Override
    public List<String> names() {
        return List.of("h2");
    }

    @Override
    public @Nullable Dialect forProductName(String productName) {
        return productName.toLowerCase(Locale.ROOT).equals("h2") ? dialect : null;
    }

    @Override
    public UrlForm urlForm(String name) {
        return URL_FORM;
    }
}
