package dev.ormkit.spring.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.orm.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole starter over real HTTP on H2: Boot's pool, ormkit's auto-configuration, a
 * controller with an N+1 loop; then {@code GET /actuator/orm} and {@code /actuator/metrics}.
 */
@SpringBootTest(classes = ObservabilityApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:observability;DB_CLOSE_DELAY=-1",
        "management.endpoints.web.exposure.include=orm,metrics"})
class OrmEndpointHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired SessionFactory sessions;
    @Autowired Engine engine;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void endpointAndMetersOverHttp() throws Exception {
        Instant before = Instant.now();
        Library.fill(sessions, 4, 3);
        long statements;
        try (StatementCounter counter = StatementCounter.on(engine)) {
            assertThat(get("/shelves/books").body()).isEqualTo("12");
            assertThat(get("/shelves/books").body()).isEqualTo("12");
            statements = counter.count();
        }
        assertThat(statements).as("two requests of 1 + 4 SELECTs").isEqualTo(10);

        JsonNode factory = json("/actuator/orm").get("sessionFactories").get("ormSessionFactory");
        assertThat(factory.get("database").asString()).isEqualTo("h2");

        JsonNode shelf = entity(factory, Shelf.class);
        assertThat(shelf.get("table").asString()).isEqualTo("shelves");
        assertThat(names(shelf.get("columns"), "column")).containsExactly("id", "name");
        JsonNode id = shelf.get("columns").get(0);
        assertThat(id.get("primaryKey").asBoolean()).isTrue();
        assertThat(id.get("type").asString()).isEqualToIgnoringCase("BIGINT");
        JsonNode books = shelf.get("relationships").get(0);
        assertThat(books.get("field").asString()).isEqualTo("books");
        assertThat(books.get("target").asString()).isEqualTo(Book.class.getName());
        assertThat(books.get("direction").asString()).isEqualTo("one-to-many");
        assertThat(books.get("collection").asBoolean()).isTrue();
        assertThat(books.get("loading").asString()).isEqualTo("select");

        JsonNode book = entity(factory, Book.class);
        assertThat(names(book.get("columns"), "column")).containsExactly("id", "title", "shelf_id");
        assertThat(book.get("relationships").get(0).get("direction").asString()).isEqualTo("many-to-one");

        // one site: the controller's loop, reported once per request
        JsonNode sites = factory.get("nPlusOneSites");
        assertThat(sites).hasSize(1);
        JsonNode site = sites.get(0);
        assertThat(site.get("kind").asString()).isEqualTo("n+1");
        assertThat(site.get("entity").asString()).isEqualTo(Shelf.class.getName());
        assertThat(site.get("resultSize").asInt()).isEqualTo(4);
        assertThat(site.get("relation").asString()).isEqualTo("books");
        assertThat(site.get("count").asLong()).isEqualTo(2);
        assertThat(site.get("location").asString()).startsWith(ShelfController.class.getName() + ".books(ShelfController.java:");
        assertThat(site.get("query").asString()).containsIgnoringCase("FROM shelves");
        Instant lastSeen = Instant.parse(site.get("lastSeen").asString());
        assertThat(lastSeen).isAfterOrEqualTo(Instant.parse(site.get("firstSeen").asString())).isAfterOrEqualTo(before);

        assertThat(factory.get("engine").asString()).isEqualTo(engine.name());
        JsonNode cache = factory.get("statementCache");
        assertThat(cache.get("misses").asLong()).isPositive();
        // the second request ran the first one's statements again: compiled once, then found
        assertThat(cache.get("hits").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(cache.get("capacity").asInt()).isPositive();

        // the same work in the meters, through Actuator's metrics endpoint
        String shelfBooks = "?tag=entity:" + Shelf.class.getName() + "&tag=relation:books";
        assertThat(count(json("/actuator/metrics/orm.nplusone" + shelfBooks))).isEqualTo(2);
        assertThat(count(json("/actuator/metrics/orm.lazy.loads" + shelfBooks))).isEqualTo(8);
        assertThat(count(json("/actuator/metrics/orm.queries?tag=statement:select"))).isGreaterThanOrEqualTo(10);
        assertThat(count(json("/actuator/metrics/orm.session.flushes?tag=outcome:SUCCESS"))).isGreaterThanOrEqualTo(1);
    }

    private static JsonNode entity(JsonNode factory, Class<?> type) {
        for (JsonNode e : factory.get("entities")) {
            if (e.get("className").asString().equals(type.getName())) {
                return e;
            }
        }
        throw new AssertionError(type.getName() + " not among " + factory.get("entities"));
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get(field).asString()));
        return names;
    }

    private static double count(JsonNode metric) {
        for (JsonNode m : metric.get("measurements")) {
            if (m.get("statistic").asString().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }
}
