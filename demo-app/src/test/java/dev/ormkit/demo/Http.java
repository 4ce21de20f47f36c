package dev.ormkit.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client over the JDK's HttpClient: real HTTP against the running app. */
final class Http {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response: status, content type and parsed body (null when empty). */
    record Response(int status, String contentType, String text, JsonNode json) {
        JsonNode get(String path) {
            JsonNode node = json;
            for (String part : path.split("\\.")) {
                node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
            }
            return node;
        }

        String text(String path) {
            return get(path).asString();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    Response get(String path, String token) {
        return send("GET", path, null, token);
    }

    Response post(String path, Object body, String token) {
        return send("POST", path, body, token);
    }

    Response put(String path, Object body, String token) {
        return send("PUT", path, body, token);
    }

    Response delete(String path, String token) {
        return send("DELETE", path, null, token);
    }

    /** Sends raw text as the body, for malformed JSON. */
    Response postRaw(String path, String body, String token) {
        return send("POST", path, body, token);
    }

    Response send(String method, String path, Object body, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (token != null) {
                request.header("Authorization", "Token " + token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? null : parse(text);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    text, json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
