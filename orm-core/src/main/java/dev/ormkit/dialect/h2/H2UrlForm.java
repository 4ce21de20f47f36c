package dev.ormkit.dialect.h2;

import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/**
 * H2's URLs: besides the server form, the short {@code h2:mem:test} or {@code h2:./data/app},
 * which is H2's own JDBC URL without its {@code jdbc:}.
 */
final class H2UrlForm implements UrlForm {

    @Override
    public String shortJdbcUrl(String url) {
        return "jdbc:" + url;
    }

    @Override
    public boolean isMemory(String jdbcUrl, @Nullable String database, boolean jdbcForm) {
        return jdbcUrl.startsWith("jdbc:h2:mem:");
    }
}
