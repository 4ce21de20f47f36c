package dev.ormkit.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import dev.ormkit.dialect.Dialects;
import dev.ormkit.dialect.UrlForm;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A database URL in SQLAlchemy's form ({@code dialect[+driver]://user:password@host:port/db?k=v},
 * {@code sqlite:///file.db}, {@code sqlite://} for memory, {@code h2:mem:name}) or in JDBC form
 * ({@code jdbc:postgresql://...}). {@link #toString()} never shows the password.
 *
 * <p>The parsing here is generic; what is particular to a database (a file path instead of a
 * host, a short form, its JDBC URL, whether it lives in memory) is its dialect provider's
 * {@link UrlForm}, so a database added by a jar brings its own URLs.
 */
public final class DatabaseUrl {
    private final String backend;
    private final @Nullable String driver;
    private final @Nullable String username;
    private final @Nullable String password;
    private final @Nullable String host;
    private final @Nullable Integer port;
    private final @Nullable String database;
    private final Map<String, String> query;
    private final @Nullable String jdbcUrl;
    private final String masked;
    private final UrlForm form;

    private DatabaseUrl(UrlForm form, String backend, @Nullable String driver, @Nullable String username,
                        @Nullable String password, @Nullable String host, @Nullable Integer port, @Nullable String database,
                        Map<String, String> query, @Nullable String jdbcUrl, String masked) {
        this.backend = backend;
        this.driver = driver;
        this.username = username;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.query = Collections.unmodifiableMap(query);
        this.jdbcUrl = jdbcUrl;
        this.masked = masked;
        this.form = form;
    }

    /**
     * Parses a URL.
     *
     * @throws ArgumentException naming the bad part (never the password), or listing the
     *     supported databases when the database is unknown
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ArgumentException("A database URL is required, e.g. sqlite:///app.db or postgresql://user@host/db");
        }
        String u = url.trim();
        if (u.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return parseJdbc(u);
        }
        DatabaseUrl shortForm = parseShort(u);
        if (shortForm != null) {
            return shortForm;
        }
        int schemeEnd = u.indexOf("://");
        if (schemeEnd <= 0) {
            throw new ArgumentException("Malformed database URL '" + maskPassword(u)
                    + "': expected dialect://[user[:password]@]host[:port]/database, sqlite:///path or a jdbc: URL");
        }
        String scheme = u.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String backend = scheme;
        String driver = null;
        int plus = scheme.indexOf('+');
        if (plus >= 0) {
            backend = scheme.substring(0, plus);
            driver = scheme.substring(plus + 1);
        }
        UrlForm form = requireSupported(backend, u);
        String rest = u.substring(schemeEnd + 3);
        Map<String, String> query = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            parseQuery(rest.substring(q + 1), query, u);
            rest = rest.substring(0, q);
        }
        String masked = maskPassword(u);
        if (!form.hasHost()) {
            // a file: sqlite:///relative.db, sqlite:////absolute.db, sqlite:// (memory)
            String path = rest.startsWith("/") ? rest.substring(1) : rest;
            return new DatabaseUrl(form, backend, driver, null, null, null, null, path.isEmpty() ? null : path, query,
                    null, masked);
        }
        String userInfo = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        String hostPort = rest;
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            hostPort = rest.substring(0, slash);
            database = rest.substring(slash + 1);
            if (database.isEmpty()) {
                database = null;
            }
        }
        String host = hostPort;
        Integer port = null;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            String portText = hostPort.substring(colon + 1);
            try {
                port = Integer.parseInt(portText);
                if (port <= 0 || port > 65_535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw badPort(u, host, portText);
            }
        }
        if (host.isEmpty()) {
            host = null;
        }
        String username = null;
        String password = null;
        if (userInfo != null) {
            int c = userInfo.indexOf(':');
            username = decode(c >= 0 ? userInfo.substring(0, c) : userInfo, masked, "user name");
            password = c >= 0 ? decode(userInfo.substring(c + 1), masked, "password") : null;
        }
        return new DatabaseUrl(form, backend, driver, username, password, host, port, database, query, null, masked);
    }

    private static DatabaseUrl parseJdbc(String u) {
        String afterJdbc = u.substring(5);
        int colon = afterJdbc.indexOf(':');
        if (colon <= 0) {
            throw new ArgumentException("Malformed JDBC URL '" + maskPassword(u) + "': expected jdbc:<database>:...");
        }
        String name = afterJdbc.substring(0, colon).toLowerCase(Locale.ROOT);
        UrlForm form = requireSupported(name, u);
        return new DatabaseUrl(form, name, null, null, null, null, null, null, new LinkedHashMap<>(), u,
                maskPassword(u));
    }

    /**
     * A URL in a database's short form, {@code name:...} without {@code //} ({@code h2:mem:test}),
     * or null when the URL does not start with the name of a database that has one.
     */
    private static @Nullable DatabaseUrl parseShort(String u) {
        int colon = u.indexOf(':');
        if (colon <= 0 || u.startsWith("//", colon + 1)) {
            return null;
        }
        String name = u.substring(0, colon).toLowerCase(Locale.ROOT);
        UrlForm form;
        try {
            form = Dialects.urlForm(name);
        } catch (ArgumentException unknown) {
            return null; // malformed, and reported as such by the caller
        }
        String jdbc = form.shortJdbcUrl(u);
        if (jdbc == null) {
            return null;
        }
        return new DatabaseUrl(form, name, null, null, null, null, null, u.substring(colon + 1), new LinkedHashMap<>(),
                jdbc, maskPassword(u));
    }

    /**
     * A bad port. A port that is not a number may be a password whose {@code user@} part was
     * forgotten ({@code postgresql://user:secret}), so it is never echoed.
     */
    private static ArgumentException badPort(String url, String host, String portText) {
        boolean digits = !portText.isEmpty() && portText.chars().allMatch(Character::isDigit);
        String shown = digits ? maskPassword(url)
                : maskPassword(url).replace(host + ":" + portText, host + ":***");
        if (digits) {
            return new ArgumentException("Invalid port " + portText + " in database URL " + shown
                    + ": expected a number from 1 to 65535");
        }
        return new ArgumentException("Invalid port in database URL " + shown + ": the text after '" + host
                + ":' is not a number from 1 to 65535 (if it is a password, the '@host' part is missing)");
    }

    /**
     * How the database's URLs are spelled; fails early, naming the URL (masked) and the supported
     * databases, when the database is unknown.
     */
    private static UrlForm requireSupported(String backend, String url) {
        try {
            return Dialects.urlForm(backend);
        } catch (ArgumentException e) {
            throw new ArgumentException("Unsupported database '" + backend + "' in database URL " + maskPassword(url)
                    + "; ormkit supports " + String.join(", ", Dialects.SUPPORTED)
                    + " (as dialect[+driver]://... or jdbc:<database>:...)");
        }
    }

    private static void parseQuery(String text, Map<String, String> out, String url) {
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq >= 0 ? pair.substring(0, eq) : pair;
            String v = eq >= 0 ? pair.substring(eq + 1) : "";
            out.put(decode(k, maskPassword(url), "query key"), decode(v, maskPassword(url), "query value"));
        }
    }

    private static String decode(String s, String masked, String what) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ArgumentException("Invalid percent-encoding in the " + what + " of database URL " + masked
                    + ": '%' must be followed by two hex digits (write a literal '%' as %25)");
        }
    }

    /**
     * The URL with any password replaced by {@code ***}: the password of the user-info part
     * (everything between the first {@code :} after the user name and the last {@code @} before
     * the path, so a password holding {@code /}, {@code :} or {@code @} is hidden whole) and
     * any {@code password=} property in the query or in a JDBC URL's {@code ;} options.
     */
    static String maskPassword(String url) {
        String out = url;
        int schemeEnd = out.indexOf("://");
        if (schemeEnd >= 0) {
            int start = schemeEnd + 3;
            int q = out.indexOf('?', start);
            int end = q >= 0 ? q : out.length();
            int at = out.lastIndexOf('@', end - 1);
            if (at >= start) {
                int colon = out.indexOf(':', start);
                if (colon >= 0 && colon < at) {
                    out = out.substring(0, colon + 1) + "***" + out.substring(at);
                }
            }
        } else {
            // a malformed URL ("user:pw@host/db", "postgresql:/user:pw@host"): hide what lies
            // between the last ':' before the last '@' and that '@'
            int q = out.indexOf('?');
            int at = out.lastIndexOf('@', (q >= 0 ? q : out.length()) - 1);
            int colon = at > 0 ? out.lastIndexOf(':', at - 1) : -1;
            if (colon >= 0) {
                out = out.substring(0, colon + 1) + "***" + out.substring(at);
            }
        }
        return PASSWORD_PROPERTY.matcher(out).replaceAll("$1***");
    }

    private static final java.util.regex.Pattern PASSWORD_PROPERTY =
            java.util.regex.Pattern.compile("(?i)((?:password|pwd)=)[^&;]*");

    /** The database name: {@code postgresql}, {@code mysql}, {@code mariadb}, {@code sqlite}, {@code h2}. */
    public String backend() {
        return backend;
    }

    /** The driver part after {@code +} ({@code pymysql} in {@code mysql+pymysql://}), if any. */
    public @Nullable String driver() {
        return driver;
    }

    public @Nullable String username() {
        return username;
    }

    public @Nullable String password() {
        return password;
    }

    public @Nullable String host() {
        return host;
    }

    public @Nullable Integer port() {
        return port;
    }

    /** The database name, or for SQLite the file path (null for an in-memory database). */
    public @Nullable String database() {
        return database;
    }

    public Map<String, String> query() {
        return query;
    }

    /** True for an in-memory database (SQLite's, H2's), which lives only as long as its connections. */
    public boolean isMemory() {
        return form.isMemory(jdbcUrl(), jdbcUrl != null ? null : database, jdbcUrl != null);
    }

    /** The JDBC URL this URL stands for (credentials are passed apart, not in the URL). */
    public String jdbcUrl() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        StringBuilder q = new StringBuilder();
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            q.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return form.jdbcUrl(backend, host, port, database, q.toString());
    }

    @Override
    public String toString() {
        return masked;
    }
}
