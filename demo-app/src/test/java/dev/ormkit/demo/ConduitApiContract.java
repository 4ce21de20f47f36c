package dev.ormkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Conduit API over real HTTP, every endpoint with its auth rules and error codes, and the
 * statements each request runs (from the {@code orm.queries} meter). Subclasses pick the
 * database; each has one Spring context.
 */
abstract class ConduitApiContract {
    private static final String ISO_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired MeterRegistry meters;

    Http http;
    String run;

    @BeforeEach
    void client() {
        http = new Http(port);
        run = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + NAMES.incrementAndGet();
    }

    // ---- helpers ------------------------------------------------------------------------

    /** A registered user: name and token. */
    record Account(String username, String email, String token) {
    }

    Account register(String name) {
        String username = name + "_" + run;
        String email = username + "@example.org";
        Http.Response r = http.post("/api/users",
                Map.of("user", Map.of("username", username, "email", email, "password", "secret-" + name)), null);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Account(username, email, r.text("user.token"));
    }

    JsonNode createArticle(Account author, String title, String... tags) {
        Http.Response r = http.post("/api/articles", Map.of("article", Map.of("title", title,
                "description", "About " + title, "body", "Body of " + title, "tagList", List.of(tags))), author.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.get("article");
    }

    long statements() {
        return meters.find("orm.queries").timers().stream().mapToLong(Timer::count).sum();
    }

    double nPlusOne() {
        return meters.find("orm.nplusone").counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Runs {@code request} and answers how many statements it sent to the database. */
    long statementsOf(Supplier<Http.Response> request, int expectedStatus) {
        long before = statements();
        Http.Response r = request.get();
        assertThat(r.status()).as(r.toString()).isEqualTo(expectedStatus);
        return statements() - before;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asString()));
        return out;
    }

    static void assertErrors(Http.Response r, int status, String fragment) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.get("errors.body").isArray()).as(r.toString()).isTrue();
        assertThat(r.get("errors.body").toString()).contains(fragment);
    }

    // ---- users and authentication --------------------------------------------------------

    @Test
    void registerLoginAndCurrentUser() {
        Account jake = register("jake");
        Http.Response login = http.post("/api/users/login",
                Map.of("user", Map.of("email", jake.email(), "password", "secret-jake")), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("user.username")).isEqualTo(jake.username());
        assertThat(login.text("user.token")).isNotBlank();
        assertThat(login.get("user").has("bio")).isTrue();
        assertThat(login.get("user").has("image")).isTrue();
        assertThat(login.text()).doesNotContain("secret-jake").doesNotContain("password");

        Http.Response me = http.get("/api/user", login.text("user.token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("user.email")).isEqualTo(jake.email());
        assertThat(me.text("user.token")).isEqualTo(login.text("user.token"));

        Http.Response updated = http.put("/api/user",
                Map.of("user", Map.of("bio", "I work at statefarm", "image", "https://example.org/jake.png")), jake.token());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.text("user.bio")).isEqualTo("I work at statefarm");
        assertThat(http.get("/api/user", jake.token()).text("user.image")).isEqualTo("https://example.org/jake.png");

        Http.Response newPassword = http.put("/api/user", Map.of("user", Map.of("password", "changed")), jake.token());
        assertThat(newPassword.status()).isEqualTo(200);
        assertThat(http.post("/api/users/login", Map.of("user", Map.of("email", jake.email(), "password", "changed")),
                null).status()).isEqualTo(200);
    }

    @Test
    void loginFailuresAndMissingTokensAre401() {
        Account jane = register("jane");
        assertErrors(http.post("/api/users/login",
                Map.of("user", Map.of("email", jane.email(), "password", "wrong")), null), 401, "invalid");
        assertErrors(http.post("/api/users/login",
                Map.of("user", Map.of("email", "nobody-" + run + "@example.org", "password", "x")), null), 401, "invalid");
        assertErrors(http.get("/api/user", null), 401, "token");
        assertErrors(http.get("/api/user", "not.a.jwt"), 401, "token");
        Http.Response bearer = http.send("GET", "/api/user", null, null);
        assertThat(bearer.status()).isEqualTo(401);
        assertErrors(http.put("/api/user", Map.of("user", Map.of("bio", "x")), null), 401, "token");
    }

    @Test
    void registrationIsValidatedAndDuplicatesComeFromTheUniqueConstraint() {
        Account first = register("dup");
        Http.Response sameName = http.post("/api/users", Map.of("user", Map.of("username", first.username(),
                "email", "other-" + run + "@example.org", "password", "x")), null);
        assertErrors(sameName, 422, "username has already been taken");
        Http.Response sameEmail = http.post("/api/users", Map.of("user", Map.of("username", "other_" + run,
                "email", first.email(), "password", "x")), null);
        assertErrors(sameEmail, 422, "email has already been taken");

        assertErrors(http.post("/api/users", Map.of("user", Map.of("username", "", "email", "x@example.org",
                "password", "x")), null), 422, "username can't be blank");
        assertErrors(http.post("/api/users", Map.of("user", Map.of("username", "u" + run, "email", "not-an-email",
                "password", "x")), null), 422, "email is invalid");
        assertErrors(http.post("/api/users", Map.of("user", Map.of("username", "u" + run, "email",
                "u" + run + "@example.org")), null), 422, "password can't be blank");
        assertErrors(http.postRaw("/api/users", "{not json", null), 422, "not valid JSON");

        Account second = register("dup2");
        assertErrors(http.put("/api/user", Map.of("user", Map.of("email", first.email())), second.token()),
                422, "email has already been taken");
    }

    // ---- profiles ----------------------------------------------------------------------

    @Test
    void profilesAndFollows() {
        Account celeb = register("celeb");
        Account fan = register("fan");
        Http.Response anonymous = http.get("/api/profiles/" + celeb.username(), null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.text("profile.username")).isEqualTo(celeb.username());
        assertThat(anonymous.get("profile.following").asBoolean()).isFalse();
        assertThat(anonymous.get("profile").has("bio")).isTrue();

        Http.Response follow = http.post("/api/profiles/" + celeb.username() + "/follow", null, fan.token());
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.get("profile.following").asBoolean()).isTrue();
        assertThat(http.post("/api/profiles/" + celeb.username() + "/follow", null, fan.token()).status())
                .as("following twice changes nothing").isEqualTo(200);
        assertThat(http.get("/api/profiles/" + celeb.username(), fan.token()).get("profile.following").asBoolean())
                .isTrue();

        Http.Response unfollow = http.delete("/api/profiles/" + celeb.username() + "/follow", fan.token());
        assertThat(unfollow.status()).isEqualTo(200);
        assertThat(unfollow.get("profile.following").asBoolean()).isFalse();
        assertThat(http.get("/api/profiles/" + celeb.username(), fan.token()).get("profile.following").asBoolean())
                .isFalse();

        assertErrors(http.get("/api/profiles/nobody_" + run, null), 404, "not found");
        assertErrors(http.post("/api/profiles/nobody_" + run + "/follow", null, fan.token()), 404, "not found");
        assertErrors(http.post("/api/profiles/" + celeb.username() + "/follow", null, null), 401, "token");
        assertErrors(http.delete("/api/profiles/" + celeb.username() + "/follow", null), 401, "token");
    }

    // ---- articles ------------------------------------------------------------------------

    @Test
    void articleLifecycleWithAuthorOnlyWrites() {
        Account author = register("author");
        Account other = register("other");
        JsonNode created = createArticle(author, "How to train your dragon " + run, "dragons", "training");
        String slug = created.path("slug").asString();
        assertThat(slug).isEqualTo("how-to-train-your-dragon-" + run.toLowerCase());
        assertThat(created.path("body").asString()).startsWith("Body of");
        assertThat(texts(created.path("tagList"), "x")).hasSize(2);
        assertThat(created.path("tagList").toString()).isEqualTo("[\"dragons\",\"training\"]");
        assertThat(created.path("createdAt").asString()).matches(ISO_UTC);
        assertThat(created.path("updatedAt").asString()).matches(ISO_UTC);
        assertThat(created.path("favorited").asBoolean()).isFalse();
        assertThat(created.path("favoritesCount").asInt()).isZero();
        assertThat(created.path("author").path("username").asString()).isEqualTo(author.username());

        JsonNode again = createArticle(author, "How to train your dragon " + run);
        assertThat(again.path("slug").asString()).as("slugs are unique").isNotEqualTo(slug);

        Http.Response read = http.get("/api/articles/" + slug, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("article.body")).isEqualTo("Body of How to train your dragon " + run);
        assertErrors(http.get("/api/articles/no-such-" + run, null), 404, "not found");

        assertErrors(http.post("/api/articles", Map.of("article", Map.of("title", "t", "description", "d",
                "body", "b")), null), 401, "token");
        assertErrors(http.post("/api/articles", Map.of("article", Map.of("title", "", "description", "d",
                "body", "b")), author.token()), 422, "title can't be blank");
        assertErrors(http.post("/api/articles", Map.of("nothing", 1), author.token()), 422, "article can't be blank");

        Map<String, Object> change = Map.of("article", Map.of("body", "With two hands"));
        assertErrors(http.put("/api/articles/" + slug, change, other.token()), 403, "only the author");
        assertErrors(http.put("/api/articles/" + slug, change, null), 401, "token");
        Http.Response updated = http.put("/api/articles/" + slug, change, author.token());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.text("article.body")).isEqualTo("With two hands");
        assertThat(updated.text("article.slug")).isEqualTo(slug);

        Http.Response renamed = http.put("/api/articles/" + slug,
                Map.of("article", Map.of("title", "Did you train your dragon " + run)), author.token());
        assertThat(renamed.status()).isEqualTo(200);
        String newSlug = renamed.text("article.slug");
        assertThat(newSlug).isEqualTo("did-you-train-your-dragon-" + run.toLowerCase());
        assertThat(http.get("/api/articles/" + newSlug, null).text("article.title"))
                .isEqualTo("Did you train your dragon " + run);

        assertErrors(http.delete("/api/articles/" + newSlug, other.token()), 403, "only the author");
        assertErrors(http.delete("/api/articles/" + newSlug, null), 401, "token");
        http.post("/api/articles/" + newSlug + "/favorite", null, other.token());
        http.post("/api/articles/" + newSlug + "/comments", Map.of("comment", Map.of("body", "bye")), other.token());
        Http.Response deleted = http.delete("/api/articles/" + newSlug, author.token());
        assertThat(deleted.status()).isEqualTo(204);
        assertErrors(http.get("/api/articles/" + newSlug, null), 404, "not found");
        assertErrors(http.delete("/api/articles/" + newSlug, author.token()), 404, "not found");
    }

    @Test
    void concurrentArticlesWithTheSameNewTagAndTitleAllSucceed() throws Exception {
        Account author = register("racer");
        String tag = "race" + run;
        Map<String, Object> body = Map.of("article", Map.of("title", "Race " + run, "description", "d",
                "body", "b", "tagList", List.of(tag)));
        List<CompletableFuture<Http.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(CompletableFuture.supplyAsync(() -> http.post("/api/articles", body, author.token())));
        }
        Set<String> slugs = new HashSet<>();
        for (CompletableFuture<Http.Response> r : requests) {
            Http.Response response = r.get(60, TimeUnit.SECONDS);
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            slugs.add(response.text("article.slug"));
        }
        assertThat(slugs).hasSize(4);
        assertThat(http.get("/api/articles?tag=" + tag, null).get("articlesCount").asInt()).isEqualTo(4);
    }

    @Test
    void listFiltersPagingAndFeed() {
        Account writer = register("writer");
        Account reader = register("reader");
        String tag = "tag" + run;
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slugs.add(createArticle(writer, "Filtered " + i + " " + run, tag).path("slug").asString());
        }
        String untagged = createArticle(reader, "Own " + run).path("slug").asString();
        http.post("/api/articles/" + slugs.get(0) + "/favorite", null, reader.token());

        Http.Response byTag = http.get("/api/articles?tag=" + tag, null);
        assertThat(byTag.status()).isEqualTo(200);
        assertThat(texts(byTag.get("articles"), "slug")).containsExactly(slugs.get(2), slugs.get(1), slugs.get(0));
        assertThat(byTag.get("articlesCount").asInt()).isEqualTo(3);
        assertThat(byTag.get("articles.0").has("body")).as("lists leave the body out").isFalse();

        Http.Response byAuthor = http.get("/api/articles?author=" + reader.username(), null);
        assertThat(texts(byAuthor.get("articles"), "slug")).containsExactly(untagged);

        Http.Response favorited = http.get("/api/articles?favorited=" + reader.username(), reader.token());
        assertThat(texts(favorited.get("articles"), "slug")).containsExactly(slugs.get(0));
        assertThat(favorited.get("articles.0.favorited").asBoolean()).isTrue();
        assertThat(favorited.get("articles.0.favoritesCount").asInt()).isEqualTo(1);

        Http.Response paged = http.get("/api/articles?tag=" + tag + "&limit=2&offset=1", null);
        assertThat(texts(paged.get("articles"), "slug")).containsExactly(slugs.get(1), slugs.get(0));
        assertThat(paged.get("articlesCount").asInt()).isEqualTo(3);
        Http.Response beyond = http.get("/api/articles?tag=" + tag + "&limit=2&offset=10", null);
        assertThat(beyond.get("articles").size()).isZero();
        assertThat(beyond.get("articlesCount").asInt()).isEqualTo(3);
        assertThat(http.get("/api/articles?tag=none-" + run, null).get("articlesCount").asInt()).isZero();
        assertErrors(http.get("/api/articles?limit=0", null), 422, "limit");
        assertErrors(http.get("/api/articles?offset=-1", null), 422, "offset");
        assertErrors(http.get("/api/articles?limit=abc", null), 422, "limit");

        assertErrors(http.get("/api/articles/feed", null), 401, "token");
        assertThat(http.get("/api/articles/feed", reader.token()).get("articlesCount").asInt()).isZero();
        http.post("/api/profiles/" + writer.username() + "/follow", null, reader.token());
        Http.Response feed = http.get("/api/articles/feed?limit=2", reader.token());
        assertThat(feed.status()).isEqualTo(200);
        assertThat(texts(feed.get("articles"), "slug")).containsExactly(slugs.get(2), slugs.get(1));
        assertThat(feed.get("articlesCount").asInt()).isEqualTo(3);
        assertThat(feed.get("articles.0.author.following").asBoolean()).isTrue();
    }

    @Test
    void favourites() {
        Account author = register("favauthor");
        Account fan = register("favfan");
        String slug = createArticle(author, "Likeable " + run).path("slug").asString();
        Http.Response fav = http.post("/api/articles/" + slug + "/favorite", null, fan.token());
        assertThat(fav.status()).isEqualTo(200);
        assertThat(fav.get("article.favorited").asBoolean()).isTrue();
        assertThat(fav.get("article.favoritesCount").asInt()).isEqualTo(1);
        assertThat(http.post("/api/articles/" + slug + "/favorite", null, fan.token())
                .get("article.favoritesCount").asInt()).as("twice counts once").isEqualTo(1);
        Http.Response asAuthor = http.get("/api/articles/" + slug, author.token());
        assertThat(asAuthor.get("article.favorited").asBoolean()).isFalse();
        assertThat(asAuthor.get("article.favoritesCount").asInt()).isEqualTo(1);

        Http.Response unfav = http.delete("/api/articles/" + slug + "/favorite", fan.token());
        assertThat(unfav.status()).isEqualTo(200);
        assertThat(unfav.get("article.favorited").asBoolean()).isFalse();
        assertThat(unfav.get("article.favoritesCount").asInt()).isZero();

        assertErrors(http.post("/api/articles/" + slug + "/favorite", null, null), 401, "token");
        assertErrors(http.delete("/api/articles/" + slug + "/favorite", null), 401, "token");
        assertErrors(http.post("/api/articles/none-" + run + "/favorite", null, fan.token()), 404, "not found");
    }

    @Test
    void comments() {
        Account author = register("cauthor");
        Account commenter = register("commenter");
        String slug = createArticle(author, "Discussed " + run).path("slug").asString();
        Http.Response added = http.post("/api/articles/" + slug + "/comments",
                Map.of("comment", Map.of("body", "Thank you so much!")), commenter.token());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.text("comment.body")).isEqualTo("Thank you so much!");
        assertThat(added.text("comment.createdAt")).matches(ISO_UTC);
        assertThat(added.text("comment.author.username")).isEqualTo(commenter.username());
        long id = added.get("comment.id").asLong();
        http.post("/api/articles/" + slug + "/comments", Map.of("comment", Map.of("body", "Second")), author.token());

        Http.Response list = http.get("/api/articles/" + slug + "/comments", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(texts(list.get("comments"), "body")).containsExactly("Thank you so much!", "Second");

        assertErrors(http.post("/api/articles/" + slug + "/comments", Map.of("comment", Map.of("body", "x")), null),
                401, "token");
        assertErrors(http.post("/api/articles/" + slug + "/comments", Map.of("comment", Map.of("body", "")),
                commenter.token()), 422, "body can't be blank");
        assertErrors(http.get("/api/articles/none-" + run + "/comments", null), 404, "not found");
        assertErrors(http.delete("/api/articles/" + slug + "/comments/" + id, author.token()), 403, "only the author");
        assertErrors(http.delete("/api/articles/" + slug + "/comments/" + id, null), 401, "token");
        assertThat(http.delete("/api/articles/" + slug + "/comments/" + id, commenter.token()).status()).isEqualTo(204);
        assertErrors(http.delete("/api/articles/" + slug + "/comments/" + id, commenter.token()), 404, "not found");
        assertThat(texts(http.get("/api/articles/" + slug + "/comments", null).get("comments"), "body"))
                .containsExactly("Second");
    }

    @Test
    void tags() {
        Account author = register("tagger");
        createArticle(author, "Tagged " + run, "zeta" + run, "alpha" + run);
        Http.Response tags = http.get("/api/tags", null);
        assertThat(tags.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        tags.get("tags").forEach(n -> names.add(n.asString()));
        assertThat(names).contains("alpha" + run, "zeta" + run);
        assertThat(names).isSorted();
    }

    // ---- the guide's routes ----------------------------------------------------------------

    @Test
    void guideRoutes() {
        Http.Response created = http.send("POST", "/users?username=guide_" + run + "&email=guide_" + run
                + "@example.org", null, null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("username")).isEqualTo("guide_" + run);
        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.text()).doesNotContain("password");
        Http.Response duplicate = http.send("POST", "/users?username=guide_" + run + "&email=x" + run
                + "@example.org", null, null);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");

        Http.Response one = http.get("/user/guide_" + run, null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("username")).isEqualTo("guide_" + run);

        Http.Response missing = http.get("/user/nobody_" + run, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.get("status").asInt()).isEqualTo(404);
        assertThat(missing.text("title")).isEqualTo("Not Found");
        assertThat(missing.text("detail")).contains("nobody_" + run);

        Http.Response page = http.get("/users?page=0&size=2", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.get("users").size()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        long statements = statementsOf(() -> http.get("/users?page=0&size=2", null), 200);
        assertThat(statementsOf(() -> http.get("/users?page=0&size=5", null), 200)).isEqualTo(statements);
    }

    // ---- statements per request and N+1 ----------------------------------------------------

    @Test
    void fixedStatementsPerRequestWhateverThePageSize() {
        Account reader = register("counter");
        List<Account> authors = List.of(register("w1"), register("w2"), register("w3"));
        String tag = "count" + run;
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Account a = authors.get(i % 3);
            slugs.add(createArticle(a, "Counted " + i + " " + run, tag, "extra" + (i % 4) + run).path("slug").asString());
        }
        http.post("/api/profiles/" + authors.get(0).username() + "/follow", null, reader.token());
        http.post("/api/articles/" + slugs.get(0) + "/favorite", null, reader.token());
        http.post("/api/articles/" + slugs.get(1) + "/favorite", null, authors.get(0).token());
        double nPlusOneBefore = nPlusOne();

        // page with authors joined, tags by IN, total, favourites grouped
        long small = statementsOf(() -> http.get("/api/articles?tag=" + tag + "&limit=2", null), 200);
        long large = statementsOf(() -> http.get("/api/articles?tag=" + tag + "&limit=10", null), 200);
        assertThat(small).isEqualTo(large).isEqualTo(4);
        // plus the reader's follows
        assertThat(statementsOf(() -> http.get("/api/articles?tag=" + tag + "&limit=2", reader.token()), 200))
                .isEqualTo(statementsOf(() -> http.get("/api/articles?tag=" + tag + "&limit=10", reader.token()), 200))
                .isEqualTo(5);
        assertThat(statementsOf(() -> http.get("/api/articles/feed?limit=2", reader.token()), 200)).isEqualTo(5);
        // a short first page knows its total without counting
        assertThat(statementsOf(() -> http.get("/api/articles?tag=" + tag + "&limit=20", null), 200)).isEqualTo(3);

        // one article with author and tags joined, favourites and follow as subqueries: one statement
        assertThat(statementsOf(() -> http.get("/api/articles/" + slugs.get(0), null), 200)).isEqualTo(1);
        assertThat(statementsOf(() -> http.get("/api/articles/" + slugs.get(0), reader.token()), 200)).isEqualTo(1);

        for (int i = 0; i < 3; i++) {
            http.post("/api/articles/" + slugs.get(0) + "/comments",
                    Map.of("comment", Map.of("body", "c" + i)), authors.get(i).token());
        }
        // article id, comments with authors joined (+ reader's follows)
        assertThat(statementsOf(() -> http.get("/api/articles/" + slugs.get(0) + "/comments", null), 200)).isEqualTo(2);
        assertThat(statementsOf(() -> http.get("/api/articles/" + slugs.get(0) + "/comments", reader.token()), 200))
                .isEqualTo(3);
        assertThat(statementsOf(() -> http.get("/api/tags", null), 200)).isEqualTo(1);
        assertThat(statementsOf(() -> http.get("/api/profiles/" + authors.get(0).username(), reader.token()), 200))
                .isEqualTo(2);
        assertThat(statementsOf(() -> http.get("/api/user", reader.token()), 200)).isEqualTo(1);

        assertThat(nPlusOne()).as("the real endpoints never load lazily in a loop").isEqualTo(nPlusOneBefore);
    }

    @Test
    void theLazyDemoEndpointIsTheOnlyNPlusOne() {
        Account a = register("lazy1");
        Account b = register("lazy2");
        for (int i = 0; i < 3; i++) {
            createArticle(i % 2 == 0 ? a : b, "Lazy " + i + " " + run, "lazy" + run);
        }
        double before = nPlusOne();
        http.get("/api/articles?limit=20", null);
        assertThat(nPlusOne()).isEqualTo(before);

        long lazyStatements = statementsOf(() -> http.get("/api/demo/articles-lazy", null), 200);
        assertThat(nPlusOne()).isGreaterThan(before);
        assertThat(lazyStatements).as("one SELECT per article's tags at least").isGreaterThan(10);

        Http.Response orm = http.get("/actuator/orm", null);
        assertThat(orm.status()).isEqualTo(200);
        assertThat(orm.text()).contains("LazyArticles").contains("tags");
    }

    @Test
    void actuatorExposesHealthMetricsPrometheusAndOrm() {
        assertThat(http.get("/actuator/health", null).text("status")).isEqualTo("UP");
        assertThat(http.get("/actuator/metrics/orm.queries", null).status()).isEqualTo(200);
        Http.Response prometheus = http.get("/actuator/prometheus", null);
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.text()).contains("orm_queries");
        assertThat(http.get("/actuator/orm", null).text()).contains("articles");
    }
}
