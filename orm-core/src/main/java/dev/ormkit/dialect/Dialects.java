package dev.ormkit.dialect;

import java.util.List;
import java.util.Locale;
import dev.ormkit.dialect.h2.H2Dialect;
import dev.ormkit.dialect.mysql.MySqlDialect;
import dev.ormkit.dialect.postgresql.PostgresDialect;
import dev.ormkit.dialect.sqlite.SqliteDialect;
import dev.ormkit.exc.ArgumentException;

/** Finds the dialect for a URL scheme or a JDBC product name. */
public final class Dialects {
    /** The database names URLs may start with. */
    public static final List<String> SUPPORTED = List.of("sqlite", "postgresql", "mysql", "mariadb", "h2");

    private static final Dialect POSTGRES = new PostgresDialect();
    private static final Dialect MYSQL = new MySqlDialect(false);
    private static final Dialect MARIADB = new MySqlDialect(true);
    private static final Dialect SQLITE = new SqliteDialect();
    private static final Dialect H2 = new H2Dialect();

    private Dialects() {
    }

    /**
     * The dialect for a URL's database name ({@code postgresql}, {@code postgres},
     * {@code mysql}, {@code mariadb}, {@code sqlite}, {@code h2}).
     *
     * @throws ArgumentException naming the supported databases when the name is unknown
     */
    public static Dialect forName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "postgresql":
            case "postgres":
            case "pgsql":
                return POSTGRES;
            case "mysql":
                return MYSQL;
            case "mariadb":
                return MARIADB;
            case "sqlite":
                return SQLITE;
            case "h2":
                return H2;
            default:
                throw new ArgumentException("Unsupported database '" + name + "'; ormkit supports "
                        + String.join(", ", SUPPORTED));
        }
    }

    /** The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static Dialect forProductName(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return POSTGRES;
        }
        if (p.contains("mariadb")) {
            return MARIADB;
        }
        if (p.contains("mysql")) {
            return MYSQL;
        }
        if (p.contains("sqlite")) {
            return SQLITE;
        }
        if (p.equals("h2")) {
            return H2;
        }
        throw new ArgumentException("Unsupported database '" + productName + "'; ormkit supports "
                + String.join(", ", SUPPORTED));
    }
}
