package dev.ormkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ormkit.exc.ArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    @Test
    void sqliteRelativeAbsoluteAndMemory() {
        DatabaseUrl rel = DatabaseUrl.parse("sqlite:///myapp.db");
        assertThat(rel.backend()).isEqualTo("sqlite");
        assertThat(rel.database()).isEqualTo("myapp.db");
        assertThat(rel.jdbcUrl()).isEqualTo("jdbc:sqlite:myapp.db");
        assertThat(rel.isMemory()).isFalse();

        DatabaseUrl abs = DatabaseUrl.parse("sqlite:////var/data/app.db");
        assertThat(abs.database()).isEqualTo("/var/data/app.db");
        assertThat(abs.jdbcUrl()).isEqualTo("jdbc:sqlite:/var/data/app.db");

        DatabaseUrl mem = DatabaseUrl.parse("sqlite://");
        assertThat(mem.isMemory()).isTrue();
        assertThat(mem.jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(DatabaseUrl.parse("sqlite:///:memory:").isMemory()).isTrue();
    }

    @Test
    void postgresqlWithEverything() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://scott:tiger@db.example.com:5433/shop?sslmode=require");
        assertThat(u.backend()).isEqualTo("postgresql");
        assertThat(u.username()).isEqualTo("scott");
        assertThat(u.password()).isEqualTo("tiger");
        assertThat(u.host()).isEqualTo("db.example.com");
        assertThat(u.port()).isEqualTo(5433);
        assertThat(u.database()).isEqualTo("shop");
        assertThat(u.query()).containsEntry("sslmode", "require");
        // credentials go to the pool apart from the URL
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/shop?sslmode=require");
        assertThat(u.toString()).isEqualTo("postgresql://scott:***@db.example.com:5433/shop?sslmode=require");
    }

    @Test
    void driverPartIsKeptApartAndMysqlUrlsReachTheDriverPresent() {
        DatabaseUrl u = DatabaseUrl.parse("mysql+pymysql://app:pw@localhost/blog");
        assertThat(u.backend()).isEqualTo("mysql");
        assertThat(u.driver()).isEqualTo("pymysql");
        // only MariaDB Connector/J is on this class path
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:mariadb://localhost/blog");
        assertThat(DatabaseUrl.parse("mariadb://root@127.0.0.1:3306/test").jdbcUrl())
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
        assertThat(DatabaseUrl.parse("postgresql+psycopg2://u@h/d").backend()).isEqualTo("postgresql");
    }

    @Test
    void h2AndJdbcForms() {
        DatabaseUrl h2 = DatabaseUrl.parse("h2:mem:test");
        assertThat(h2.backend()).isEqualTo("h2");
        assertThat(h2.jdbcUrl()).isEqualTo("jdbc:h2:mem:test");
        assertThat(h2.isMemory()).isTrue();

        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://localhost/x?user=a&password=s3cret");
        assertThat(jdbc.backend()).isEqualTo("postgresql");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/x?user=a&password=s3cret");
        assertThat(jdbc.toString()).doesNotContain("s3cret").contains("password=***");
        assertThat(DatabaseUrl.parse("jdbc:h2:mem:x;PASSWORD=s3cret").toString()).doesNotContain("s3cret");
    }

    @Test
    void percentEncodedCredentialsAreDecoded() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://us%40er:p%40ss%2Fw+rd@host/db");
        assertThat(u.username()).isEqualTo("us@er");
        assertThat(u.password()).isEqualTo("p@ss/w+rd");
        assertThat(u.toString()).doesNotContain("p%40ss").doesNotContain("w+rd");
    }

    @Test
    void passwordHoldingSlashColonOrAtIsMaskedWhole() {
        for (String url : new String[] {"postgresql://u:pa/ss:wo@rd@host:5432/db", "mysql://u:x/y@host/db",
                "postgresql://u:@@@host/db"}) {
            DatabaseUrl u = DatabaseUrl.parse(url);
            String password = url.substring(url.indexOf(':', url.indexOf("://") + 3) + 1, url.lastIndexOf('@'));
            assertThat(u.password()).isEqualTo(password);
            assertThat(u.toString()).doesNotContain(password).contains(":***@host");
        }
    }

    @Test
    void unknownDatabaseListsTheSupportedOnes() {
        ArgumentException e = catchThrowableOfType(ArgumentException.class,
                () -> DatabaseUrl.parse("oracle://scott:tiger@host/orcl"));
        assertThat(e.getMessage()).contains("'oracle'").contains("sqlite", "postgresql", "mysql", "mariadb", "h2")
                .doesNotContain("tiger");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:sqlserver://host;password=tiger"))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("'sqlserver'").hasMessageContaining("postgresql")
                .hasMessageNotContaining("tiger");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://scott:tiger@host:54x2/db", "postgresql://scott:tiger@host:99999/db",
            "postgresql://scott:tiger@host:/db"})
    void badPortIsNamedAndPasswordHidden(String url) {
        ArgumentException e = catchThrowableOfType(ArgumentException.class, () -> DatabaseUrl.parse(url));
        assertThat(e.getMessage()).containsIgnoringCase("port").contains("host").doesNotContain("tiger");
    }

    @Test
    void portThatMayBeAForgottenPasswordIsNeverEchoed() {
        // "user:secret" without "@host": the secret parses as a port
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://scott:tiger/db"))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("port")
                .hasMessageContaining("'@host' part is missing")
                .hasMessageNotContaining("tiger");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scott:tiger@localhost/db", "postgresql:/scott:tiger@localhost/db", "://scott:tiger@h/db"})
    void missingSchemeIsExplained(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("Malformed database URL")
                .hasMessageContaining("dialect://")
                .hasMessageNotContaining("tiger");
    }

    @Test
    void badPercentEncodingNamesThePartAndHidesThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://scott:ti%zzger@host/db"))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("percent-encoding in the password")
                .hasMessageNotContaining("ti%zzger").hasMessageNotContaining("tiger");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://sc%ott:tiger@host/db"))
                .hasMessageContaining("percent-encoding in the user name")
                .hasMessageNotContaining("tiger");
    }

    @Test
    void blankUrlIsRejected() {
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("sqlite:///");
    }
}
