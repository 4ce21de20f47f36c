package dev.ormkit.dialect.postgresql;

import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/** PostgreSQL's URLs: the server form, whichever alias the URL starts with, for {@code jdbc:postgresql://}. */
final class PostgresUrlForm implements UrlForm {

    @Override
    public String jdbcUrl(String name, @Nullable String host, @Nullable Integer port, @Nullable String database,
                          String query) {
        return UrlForm.serverJdbcUrl("postgresql", host, port, database, query);
    }
}
