package dev.ormkit.dialect.mysql;

import dev.ormkit.dialect.UrlForm;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's URLs: the server form, under the JDBC scheme of a driver on the class
 * path. Either driver reaches either server, so a {@code mysql://} URL uses the MariaDB driver
 * when only that one is present, and the other way round.
 */
final class MySqlUrlForm implements UrlForm {

    @Override
    public String jdbcUrl(String name, @Nullable String host, @Nullable Integer port, @Nullable String database,
                          String query) {
        return UrlForm.serverJdbcUrl(scheme(name), host, port, database, query);
    }

    /** Which JDBC scheme reaches {@code name} ({@code mysql} or {@code mariadb}) with the drivers present. */
    static String scheme(String name) {
        boolean mariaDriver = present("org.mariadb.jdbc.Driver");
        boolean mysqlDriver = present("com.mysql.cj.jdbc.Driver");
        if (name.equals("mariadb")) {
            return mariaDriver || !mysqlDriver ? "mariadb" : "mysql";
        }
        return mysqlDriver || !mariaDriver ? "mysql" : "mariadb";
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, MySqlUrlForm.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
