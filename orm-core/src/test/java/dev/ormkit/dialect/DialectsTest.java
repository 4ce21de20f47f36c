package dev.ormkit.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import dev.ormkit.dialect.h2.H2Dialect;
import dev.ormkit.engine.DatabaseUrl;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Dialects are found through {@code ServiceLoader}: the four built in, and any other a jar
 * declares in {@code META-INF/services/dev.ormkit.dialect.DialectProvider} (the test class path
 * declares {@link ExtraDatabase}).
 */
class DialectsTest {

    /** A fifth database, as another jar would add it: a dialect and a provider, nothing else. */
    public static final class ExtraDatabase implements DialectProvider {
        static final Dialect DIALECT = new H2Dialect() {
            @Override
            public String name() {
                return "extradb";
            }
        };

        @Override
        public List<String> names() {
            return List.of("extradb");
        }

        @Override
        public Dialect forName(String name) {
            return DIALECT;
        }

        @Override
        public @Nullable Dialect forProductName(String productName) {
            return productName.equals("ExtraDB Server") ? DIALECT : null;
        }

        /** Its own URLs: a JDBC URL unlike the server form, and a short form for memory. */
        @Override
        public UrlForm urlForm(String name) {
            return new UrlForm() {
                @Override
                public String jdbcUrl(String n, @Nullable String host, @Nullable Integer port,
                                      @Nullable String database, String query) {
                    return "jdbc:extradb:thin:@" + host + ":" + (port == null ? 7000 : port) + "/" + database + query;
                }

                @Override
                public @Nullable String shortJdbcUrl(String url) {
                    return url.startsWith("extradb:memory") ? "jdbc:" + url : null;
                }

                @Override
                public boolean isMemory(String jdbcUrl, @Nullable String database, boolean jdbcForm) {
                    return jdbcUrl.startsWith("jdbc:extradb:memory");
                }
            };
        }
    }

    @Test
    void theBuiltInDatabasesByUrlNameAliasAndProductName() {
        assertThat(Dialects.forName("postgresql").name()).isEqualTo("postgresql");
        assertThat(Dialects.forName("postgres")).isSameAs(Dialects.forName("PostgreSQL"));
        assertThat(Dialects.forName("mariadb")).isNotSameAs(Dialects.forName("mysql"));
        assertThat(Dialects.forProductName("MariaDB")).isSameAs(Dialects.forName("mariadb"));
        assertThat(Dialects.forProductName("MySQL")).isSameAs(Dialects.forName("mysql"));
        assertThat(Dialects.forProductName("SQLite")).isSameAs(Dialects.forName("sqlite"));
        assertThat(Dialects.forProductName("H2")).isSameAs(Dialects.forName("h2"));
        assertThat(Dialects.forProductName("PostgreSQL")).isSameAs(Dialects.forName("postgresql"));
        // a MariaDB server reached through a driver that calls it MySQL: its version says MariaDB
        assertThat(Dialects.forProduct("MySQL", "10.11.6-MariaDB-0+deb12u1")).isSameAs(Dialects.forName("mariadb"));
        assertThat(Dialects.forProduct("MySQL", "8.0.36")).isSameAs(Dialects.forName("mysql"));
        // which databases identify themselves on connecting, and which always live in the application
        assertThat(Dialects.forName("mysql").identifiedByServer()).isTrue();
        assertThat(Dialects.forName("postgresql").identifiedByServer()).isFalse();
        assertThat(Dialects.forName("sqlite").alwaysEmbedded()).isTrue();
        assertThat(Dialects.forName("h2").alwaysEmbedded()).isFalse();
        assertThat(Dialects.SUPPORTED).containsSubsequence("sqlite", "postgresql", "mysql", "mariadb", "h2")
                .doesNotContain("postgres", "pgsql");
    }

    @Test
    void aFifthDatabaseIsOneProviderOnTheClassPath() {
        assertThat(Dialects.forName("extradb")).isSameAs(ExtraDatabase.DIALECT);
        assertThat(Dialects.forProductName("ExtraDB Server")).isSameAs(ExtraDatabase.DIALECT);
        assertThat(Dialects.SUPPORTED).contains("extradb");
    }

    @Test
    void aFifthDatabaseSpellsItsOwnUrls() {
        DatabaseUrl server = DatabaseUrl.parse("extradb://scott:tiger@db.example:7100/orders?ssl=true");
        assertThat(server.backend()).isEqualTo("extradb");
        assertThat(server.username()).isEqualTo("scott");
        assertThat(server.password()).isEqualTo("tiger");
        assertThat(server.jdbcUrl()).isEqualTo("jdbc:extradb:thin:@db.example:7100/orders?ssl=true");
        assertThat(server.isMemory()).isFalse();
        assertThat(server.toString()).doesNotContain("tiger");

        DatabaseUrl memory = DatabaseUrl.parse("extradb:memory:scratch");
        assertThat(memory.jdbcUrl()).isEqualTo("jdbc:extradb:memory:scratch");
        assertThat(memory.isMemory()).isTrue();
        // a form without a short form of its own leaves such a URL malformed, as for PostgreSQL
        assertThatThrownBy(() -> DatabaseUrl.parse("extradb:disk:scratch"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("Malformed database URL");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:db"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("Malformed database URL");
    }

    @Test
    void anUnknownDatabaseNamesTheSupportedOnes() {
        assertThatThrownBy(() -> Dialects.forName("mssql"))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("'mssql'").hasMessageContaining("sqlite, postgresql, mysql, mariadb, h2");
        assertThatThrownBy(() -> Dialects.forProductName("Microsoft SQL Server"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("Microsoft SQL Server");
    }

    @Test
    void choosingOneDatabaseBuildsNoOtherDatabasesDialect() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> dialects = Class.forName(Dialects.class.getName(), true, loader);
            Object h2 = dialects.getMethod("forProduct", String.class, String.class).invoke(null, "H2", "2.3.232");
            assertThat(h2.getClass().getName()).isEqualTo(H2Dialect.class.getName());
            assertThat(h2.getClass().getClassLoader()).isSameAs(loader);
            assertThat(loader.defined).contains(H2Dialect.class.getName())
                    .doesNotContain("dev.ormkit.dialect.postgresql.PostgresDialect",
                            "dev.ormkit.dialect.mysql.MySqlDialect", "dev.ormkit.dialect.sqlite.SqliteDialect");
            // and the other databases are still there when asked for
            Object mariadb = dialects.getMethod("forProduct", String.class, String.class)
                    .invoke(null, "MySQL", "10.11.6-MariaDB");
            assertThat(mariadb.getClass().getName()).isEqualTo("dev.ormkit.dialect.mysql.MySqlDialect");
            assertThat(loader.defined).doesNotContain("dev.ormkit.dialect.postgresql.PostgresDialect",
                    "dev.ormkit.dialect.sqlite.SqliteDialect");
        }
    }

    /**
     * ormkit's classes loaded afresh, apart from the test's own: records which ones a call
     * defines, as a new JVM would load them.
     */
    private static final class RecordingLoader extends java.net.URLClassLoader {
        final java.util.Set<String> defined = java.util.concurrent.ConcurrentHashMap.newKeySet();

        RecordingLoader() throws Exception {
            super(new java.net.URL[] {
                    Dialects.class.getProtectionDomain().getCodeSource().getLocation(),
                    DialectsTest.class.getProtectionDomain().getCodeSource().getLocation()},
                    DialectsTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.ormkit.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name); // ormkit's own first: a class of the parent would not be recorded
                    defined.add(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
