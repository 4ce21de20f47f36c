package dev.ormkit.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.spring.web.OpenSessionInViewInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Open-in-view (the default) over real HTTP on an embedded Tomcat, H2 behind Boot's HikariCP. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:oiv;DB_CLOSE_DELAY=-1")
class OpenInViewHttpTests {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired AuthorService service;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired(required = false) OpenSessionInViewInterceptor interceptor;

    @AfterEach
    void empty() {
        LibraryController.transactionOver = new CountDownLatch(0);
        LibraryController.goOn = new CountDownLatch(0);
        jdbc.update("DELETE FROM books");
        jdbc.update("DELETE FROM authors");
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void controllerWalksALazyRelationOfWhatTheServiceReturned() throws Exception {
        assertThat(interceptor).isNotNull();
        service.create("tolkien", "The Hobbit", "Silmarillion");
        HttpResponse<String> response = get(port, "/authors/tolkien/titles");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Silmarillion,The Hobbit");
    }

    @Test
    void noConnectionIsHeldOnceTheRequestsTransactionIsOver() throws Exception {
        service.create("le guin", "Earthsea");
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        LibraryController.transactionOver = new CountDownLatch(1);
        LibraryController.goOn = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> response = HTTP.sendAsync(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/authors/le%20guin/titles")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(LibraryController.transactionOver.await(10, TimeUnit.SECONDS)).isTrue();
        // the request is still running, holding its session: the pool lends nothing to it
        int active = pool.getHikariPoolMXBean().getActiveConnections();
        LibraryController.goOn.countDown();
        assertThat(active).isZero();
        assertThat(response.get(10, TimeUnit.SECONDS).body()).isEqualTo("Earthsea");
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
    }
}
