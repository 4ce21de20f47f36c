package dev.ormkit.bench.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;

/** What a careful JDBC program writes to turn rows into objects: read by position, no lookups by name. */
public final class JdbcMapping {
    /** The post columns, in the order {@link #post} reads them. */
    public static final String POST_COLUMNS = "id, title, content, user_id, created_at";
    /** The user columns, in the order {@link #user} reads them. */
    public static final String USER_COLUMNS = "id, username, email, is_active, created_at";

    private JdbcMapping() {
    }

    /** A post from five columns starting at {@code first} (1-based). */
    public static Post post(ResultSet rs, int first) throws SQLException {
        long userId = rs.getLong(first + 3);
        Long author = rs.wasNull() ? null : userId;
        return new Post(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                author, rs.getObject(first + 4, LocalDateTime.class));
    }

    /** A user from five columns starting at {@code first} (1-based). */
    public static User user(ResultSet rs, int first) throws SQLException {
        return new User(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getBoolean(first + 3), rs.getObject(first + 4, LocalDateTime.class));
    }
}
