package dev.ormkit.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import dev.ormkit.dialect.h2.H2Dialect;
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
    void anUnknownDatabaseNamesTheSupportedOnes() {
        assertThatThrownBy(() -> Dialects.forName("mssql"))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("'mssql'").hasMessageContaining("sqlite, postgresql, mysql, mariadb, h2");
        assertThatThrownBy(() -> Dialects.forProductName("Microsoft SQL Server"))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("Microsoft SQL Server");
    }
}
