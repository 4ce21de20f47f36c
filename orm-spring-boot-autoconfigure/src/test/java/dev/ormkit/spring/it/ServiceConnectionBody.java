package dev.ormkit.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.engine.Engine;
import dev.ormkit.orm.Session;
import dev.ormkit.spring.it.model.Author;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a user's test with {@code @ServiceConnection} on a PostgreSQL container sees: the
 * starter needs nothing more than the container. Run on a container where Docker is, and on
 * the local PostgreSQL through the same connection-details bean a service connection makes.
 */
@SpringBootTest(classes = TestApplication.class, properties = "orm.ddl-auto=create")
abstract class ServiceConnectionBody {
    @Autowired Engine engine;
    @Autowired DataSource dataSource;
    @Autowired JdbcConnectionDetails connectionDetails;
    @Autowired AuthorService service;
    @Autowired Session session;
    @Autowired JdbcTemplate jdbc;

    @Test
    void ormkitRunsOnTheServiceConnectionsDatabase() throws Exception {
        // Boot's pool was built from the connection details, and ormkit wraps that pool
        assertThat(dataSource.unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(connectionDetails.getJdbcUrl());
        assertThat(engine.dataSource()).isSameAs(dataSource);
        assertThat(engine.dialect().name()).isEqualTo("postgresql");
        Author a = service.create("container", "One", "Two");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM books WHERE author_id = ?", Integer.class, a.getId()))
                .isEqualTo(2);
        assertThat(service.inTransaction(() -> session.get(Author.class, a.getId()).getBooks().size())).isEqualTo(2);
        jdbc.update("DELETE FROM books");
        jdbc.update("DELETE FROM authors");
    }
}
