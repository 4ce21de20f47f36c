package com.example.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LibraryApplicationTests {
    @LocalServerPort int port;

    @Test
    void storesAndServesAShelfOverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/shelves/fantasy"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[\"Mort\", \"Earthsea\"]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(200);
        HttpResponse<String> titles = http.send(HttpRequest.newBuilder(uri("/shelves/fantasy/titles")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(titles.statusCode()).isEqualTo(200);
        assertThat(titles.body()).isEqualTo("[\"Earthsea\",\"Mort\"]");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
