package dev.ormkit.dialect.sqlite;

import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's URLs: a file path after {@code sqlite://} ({@code sqlite:///app.db} relative,
 * {@code sqlite:////var/app.db} absolute), and {@code sqlite://} alone for a database in memory.
 */
final class SqliteUrlForm implements UrlForm {

    @Override
    public boolean hasHost() {
        return false;
    }

    @Override
    public String jdbcUrl(String name, @Nullable String host, @Nullable Integer port, @Nullable String database,
                          String query) {
        return "jdbc:sqlite:" + (database == null ? ":memory:" : database) + query;
    }

    @Override
    public boolean isMemory(String jdbcUrl, @Nullable String database, boolean jdbcForm) {
        if (jdbcForm) {
            return jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory");
        }
        return database == null || database.equals(":memory:");
    }
}
