package dev.ormkit.dialect;

import org.jspecify.annotations.Nullable;

/**
 * How URLs naming one database are spelled, for {@code DatabaseUrl}: which form the text after
 * {@code name://} takes, which JDBC URL a URL in SQLAlchemy's form stands for, and which URLs
 * denote an in-memory database. {@code DatabaseUrl} does the generic parsing (scheme, user,
 * password, host, port, query, {@code jdbc:} URLs) and asks the database's
 * {@link DialectProvider#urlForm(String)} for the rest, so that a fifth database brings its own.
 *
 * <p>Every method has the server form's answer as its default:
 * {@code name://[user[:password]@]host[:port]/database?k=v} standing for
 * {@code jdbc:name://host[:port]/database?k=v}.
 */
public interface UrlForm {

    /** The server form with every default: a database reached on a host by its own name. */
    UrlForm SERVER = new UrlForm() {
    };

    /**
     * True when the text after {@code name://} is {@code [user[:password]@]host[:port]/database};
     * false when it is a file path ({@code sqlite:///app.db}), kept whole as the database.
     */
    default boolean hasHost() {
        return true;
    }

    /**
     * The JDBC URL a URL without the {@code //} after its name stands for ({@code h2:mem:test}),
     * or null when this database has no such short form and the URL is malformed.
     *
     * @param url the URL as given, starting with the database name and a colon
     */
    default @Nullable String shortJdbcUrl(String url) {
        return null;
    }

    /**
     * The JDBC URL for a URL in SQLAlchemy's form; credentials are passed apart, never in it.
     *
     * @param name     the database name the URL starts with, in lower case
     * @param host     the host, null when the URL names none
     * @param port     the port, null when the URL names none
     * @param database the database, or for a file form the path; null when the URL names none
     * @param query    the URL's query, {@code ?k=v&k2=v2}, or {@code ""} when it has none
     */
    default String jdbcUrl(String name, @Nullable String host, @Nullable Integer port, @Nullable String database,
                           String query) {
        return serverJdbcUrl(name, host, port, database, query);
    }

    /**
     * True when the URL denotes a database that lives only as long as its connections.
     *
     * @param jdbcUrl  the JDBC URL the URL stands for (or is)
     * @param database the database or path of a URL in SQLAlchemy's form; null for a
     *                 {@code jdbc:} URL or when the URL names none
     * @param jdbcForm true when the URL was given as a {@code jdbc:} URL
     */
    default boolean isMemory(String jdbcUrl, @Nullable String database, boolean jdbcForm) {
        return false;
    }

    /**
     * {@code jdbc:scheme://host[:port]/[database]query}, the host {@code localhost} when none is
     * named: the JDBC URL of most servers, for forms that differ only in the scheme.
     */
    static String serverJdbcUrl(String scheme, @Nullable String host, @Nullable Integer port,
                                @Nullable String database, String query) {
        StringBuilder sb = new StringBuilder("jdbc:").append(scheme).append("://");
        sb.append(host == null ? "localhost" : host);
        if (port != null) {
            sb.append(':').append(port);
        }
        sb.append('/');
        if (database != null) {
            sb.append(database);
        }
        return sb.append(query).toString();
    }
}
