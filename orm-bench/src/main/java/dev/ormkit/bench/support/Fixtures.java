package dev.ormkit.bench.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import dev.ormkit.bench.jpa.JpaPost;
import dev.ormkit.bench.model.Post;

/**
 * The data of the workloads: new objects to insert, and rows written straight through JDBC
 * before a reading workload starts (setting up is not measured, so the fastest way is used).
 * Every implementation sees the same titles, contents and timestamps.
 */
public final class Fixtures {
    /** The creation time of every row: fixed, so no implementation reads the clock. */
    public static final LocalDateTime CREATED_AT = LocalDateTime.of(2024, 1, 1, 12, 0);

    /** A post body of 180 characters, the size of a short blog post's teaser. */
    public static final String CONTENT = "Benchmarks compare implementations doing the same work on the same rows; "
            + "this paragraph is the content column of every post, long enough to be more than an id and a flag.";

    private static final int SETUP_BATCH = 1_000;

    private Fixtures() {
    }

    /** The title of post number {@code n}. */
    public static String title(int n) {
        return "Post " + n;
    }

    /** New, unsaved posts for ormkit, JDBC and jOOQ. */
    public static List<Post> newPosts(int count) {
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(new Post(title(i), CONTENT, CREATED_AT));
        }
        return posts;
    }

    /** New, unsaved posts for Hibernate. */
    public static List<JpaPost> newJpaPosts(int count) {
        List<JpaPost> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(new JpaPost(title(i), CONTENT, CREATED_AT));
        }
        return posts;
    }

    /** Writes {@code count} posts without an author. */
    public static void insertPosts(DataSource dataSource, int count) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO posts (title, content, user_id, created_at) VALUES (?, ?, NULL, ?)")) {
                for (int i = 0; i < count; i++) {
                    ps.setString(1, title(i));
                    ps.setString(2, CONTENT);
                    ps.setObject(3, CREATED_AT);
                    ps.addBatch();
                    if ((i + 1) % SETUP_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            conn.commit();
        }
    }

    /** Writes {@code users} users with {@code postsEach} posts each. */
    public static void insertUsersWithPosts(DataSource dataSource, int users, int postsEach) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO users (username, email, is_active, created_at) VALUES (?, ?, TRUE, ?)")) {
                for (int u = 0; u < users; u++) {
                    ps.setString(1, "user" + u);
                    ps.setString(2, "user" + u + "@example.com");
                    ps.setObject(3, CREATED_AT);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            long[] userIds = ids(conn, "users");
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO posts (title, content, user_id, created_at) VALUES (?, ?, ?, ?)")) {
                int n = 0;
                for (long userId : userIds) {
                    for (int p = 0; p < postsEach; p++) {
                        ps.setString(1, title(n++));
                        ps.setString(2, CONTENT);
                        ps.setLong(3, userId);
                        ps.setObject(4, CREATED_AT);
                        ps.addBatch();
                    }
                    if (n % SETUP_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            conn.commit();
            try (Statement s = conn.createStatement()) {
                // fresh planner statistics, so PostgreSQL picks the user_id index for the lookups
                if (conn.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                    conn.setAutoCommit(true);
                    s.execute("ANALYZE");
                }
            }
        }
    }

    /** The ids of a table's rows, in order. */
    public static long[] ids(DataSource dataSource, String table) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            return ids(conn, table);
        }
    }

    private static long[] ids(Connection conn, String table) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
