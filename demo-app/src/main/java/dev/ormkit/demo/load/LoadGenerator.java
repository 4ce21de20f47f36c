package dev.ormkit.demo.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the demo app, JDK only, so it runs as a single source file:
 * <pre>
 * java demo-app/src/main/java/dev/ormkit/demo/load/LoadGenerator.java [url] [connections] [seconds]
 * </pre>
 * Seeds the app through its API once (50 users, 30 tags, 500 articles, about 1,155 comments and
 * 1,289 favourites, anonymous reads of which follow), then runs {@code GET /api/articles?limit=20}
 * and {@code GET /api/articles/{slug}} each for the given seconds on that many connections,
 * and prints requests/s, p50, p99 and the statements per request read from the app's
 * {@code orm.queries} meter. Requests are bounded in time and go to the URL given only
 * (default {@code http://localhost:8080}).
 */
public final class LoadGenerator {
    private static final int USERS = 50;
    private static final int TAGS = 30;
    private static final int ARTICLES = 500;
    private static final int COMMENTS = 1155;
    private static final int FAVOURITES = 1289;
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"articlesCount\"\\s*:\\s*(\\d+)");
    private static final Pattern METER_COUNT = Pattern.compile("\"statistic\"\\s*:\\s*\"COUNT\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.E+]+)");

    private final String base;
    private final int connections;
    private final HttpClient client;

    private LoadGenerator(String base, int connections) {
        this.base = base;
        this.connections = connections;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(connections))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Seeds (once) and measures; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://localhost:8080";
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        LoadGenerator load = new LoadGenerator(url, connections);
        List<String> slugs = load.seed();
        System.out.printf(Locale.ROOT, "%d articles; %d connections, %d s per endpoint (after a %d s warm-up)%n",
                slugs.size(), connections, seconds, Math.max(3, seconds / 4));
        System.out.println("| endpoint | requests/s | p50 ms | p99 ms | statements/request |");
        System.out.println("|---|---|---|---|---|");
        load.measure("GET /api/articles?limit=20", seconds, r -> "/api/articles?limit=20");
        load.measure("GET /api/articles/{slug}", seconds, r -> "/api/articles/" + slugs.get(r.nextInt(slugs.size())));
        System.exit(0);
    }

    /** The slugs of the seeded articles; seeds only when the app has fewer than 500 articles. */
    private List<String> seed() throws Exception {
        String first = get("/api/articles?limit=1").body();
        Matcher m = COUNT.matcher(first);
        int existing = m.find() ? Integer.parseInt(m.group(1)) : 0;
        if (existing < ARTICLES) {
            long start = System.nanoTime();
            seedThroughApi();
            System.out.printf(Locale.ROOT, "seeded through the API in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        List<String> slugs = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            String page = get("/api/articles?limit=100&offset=" + offset).body();
            Matcher s = SLUG.matcher(page);
            int n = 0;
            while (s.find()) {
                slugs.add(s.group(1));
                n++;
            }
            if (n < 100) {
                return slugs;
            }
        }
    }

    private void seedThroughApi() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        Random random = new Random(42);
        String[] tokens = new String[USERS];
        parallel(USERS, i -> {
            String name = "load" + run + "u" + i;
            String body = "{\"user\":{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.org\",\"password\":\"password\"}}";
            Matcher t = TOKEN.matcher(send("POST", "/api/users", body, null, 201));
            tokens[i] = t.find() ? t.group(1) : null;
        });
        String[] tags = new String[TAGS];
        for (int i = 0; i < TAGS; i++) {
            tags[i] = "tag" + i;
        }
        String[] slugs = new String[ARTICLES];
        int[][] articleTags = new int[ARTICLES][];
        int[] authors = new int[ARTICLES];
        for (int i = 0; i < ARTICLES; i++) {
            authors[i] = random.nextInt(USERS);
            articleTags[i] = random.ints(1 + random.nextInt(3), 0, TAGS).distinct().toArray();
        }
        parallel(ARTICLES, i -> {
            StringBuilder tagList = new StringBuilder();
            for (int t : articleTags[i]) {
                tagList.append(tagList.length() == 0 ? "" : ",").append('"').append(tags[t]).append('"');
            }
            String body = "{\"article\":{\"title\":\"Load " + run + " article " + i + "\",\"description\":\"Article "
                    + i + " of the load test\",\"body\":\"" + "Lorem ipsum dolor sit amet. ".repeat(20)
                    + "\",\"tagList\":[" + tagList + "]}}";
            Matcher s = SLUG.matcher(send("POST", "/api/articles", body, tokens[authors[i]], 201));
            slugs[i] = s.find() ? s.group(1) : null;
        });
        int[] commentArticle = random.ints(COMMENTS, 0, ARTICLES).toArray();
        int[] commentUser = random.ints(COMMENTS, 0, USERS).toArray();
        parallel(COMMENTS, i -> send("POST", "/api/articles/" + slugs[commentArticle[i]] + "/comments",
                "{\"comment\":{\"body\":\"Comment " + i + "\"}}", tokens[commentUser[i]], 200));
        Set<Long> pairs = new HashSet<>();
        while (pairs.size() < FAVOURITES) {
            pairs.add((long) random.nextInt(USERS) * ARTICLES + random.nextInt(ARTICLES));
        }
        Long[] favourites = pairs.toArray(new Long[0]);
        Arrays.sort(favourites);
        parallel(FAVOURITES, i -> send("POST", "/api/articles/" + slugs[(int) (favourites[i] % ARTICLES)]
                + "/favorite", null, tokens[(int) (favourites[i] / ARTICLES)], 200));
    }

    /** Runs {@code task} for 0..n-1 on the connections' threads. */
    private void parallel(int n, IndexTask task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private void measure(String name, int seconds, PathChooser paths) throws Exception {
        run(paths, Math.max(3, seconds / 4));  // warm-up: JIT, pools, statement cache
        double statementsBefore = statements();
        long[][] perThread = run(paths, seconds);
        double statements = statements() - statementsBefore;
        int total = 0;
        for (long[] t : perThread) {
            total += t.length;
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] t : perThread) {
            System.arraycopy(t, 0, all, k, t.length);
            k += t.length;
        }
        Arrays.sort(all);
        double rps = total / (double) seconds;
        double p50 = all[(int) (total * 0.50)] / 1e6;
        double p99 = all[Math.min(total - 1, (int) (total * 0.99))] / 1e6;
        System.out.printf(Locale.ROOT, "| `%s` | %.0f | %.1f | %.1f | %.1f |%n", name, rps, p50, p99,
                statements / total);
    }

    /** Latencies (ns) of the requests each connection completed in {@code seconds}. */
    private long[][] run(PathChooser paths, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int seed = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = get(paths.path(random));
                    long took = System.nanoTime() - start;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(r.statusCode() + " " + r.body());
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[][] out = new long[connections][];
        for (int c = 0; c < connections; c++) {
            out[c] = futures.get(c).get();
        }
        pool.shutdown();
        return out;
    }

    /** Statements the app has run so far, from its {@code orm.queries} timer. */
    private double statements() throws IOException, InterruptedException {
        Matcher m = METER_COUNT.matcher(get("/actuator/metrics/orm.queries").body());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String send(String method, String path, String body, String token, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** One unit of seeding work. */
    private interface IndexTask {
        void run(int index) throws Exception;
    }

    /** The path of the next request. */
    private interface PathChooser {
        String path(Random random);
    }
}
