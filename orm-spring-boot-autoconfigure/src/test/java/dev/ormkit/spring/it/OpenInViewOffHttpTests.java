package dev.ormkit.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import dev.ormkit.spring.web.OpenSessionInViewInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code orm.open-in-view=false}: the same access fails, naming the relation and the fix. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:oivoff;DB_CLOSE_DELAY=-1", "orm.open-in-view=false"})
class OpenInViewOffHttpTests {
    @LocalServerPort int port;
    @Autowired AuthorService service;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void empty() {
        jdbc.update("DELETE FROM books");
        jdbc.update("DELETE FROM authors");
    }

    @Test
    void lazyRelationOutsideTheTransactionIsDetachedInstanceException() throws Exception {
        assertThat(context.getBeansOfType(OpenSessionInViewInterceptor.class)).isEmpty();
        service.create("pratchett", "Mort");
        HttpResponse<String> response = OpenInViewHttpTests.get(port, "/authors/pratchett/titles");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).startsWith("DetachedInstanceException")
                .contains("Author.books").contains("selectinLoad(Author_.books)");
    }
}
