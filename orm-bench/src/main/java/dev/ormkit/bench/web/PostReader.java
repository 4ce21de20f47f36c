package dev.ormkit.bench.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import dev.ormkit.bench.model.User_;
import dev.ormkit.bench.support.JdbcMapping;
import dev.ormkit.orm.Load;
import dev.ormkit.orm.Session;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service as a web application writes one: read-only transactional methods reading a post by
 * key or a page of users with their posts, through the injected ormkit {@link Session} or
 * through {@link JdbcTemplate}.
 */
public class PostReader {
    /** Users per page. */
    public static final int PAGE = 20;

    static final String POST_BY_ID = "SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts WHERE id = ?";
    static final String USERS_PAGE = "SELECT " + JdbcMapping.USER_COLUMNS + " FROM users WHERE id > ? ORDER BY id LIMIT " + PAGE;

    private final Session session;
    private final JdbcTemplate jdbc;

    public PostReader(Session session, JdbcTemplate jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    /** {@code session.get(Post.class, id)} in a read-only transaction. */
    @Transactional(readOnly = true)
    public Post ormkitGet(long id) {
        return session.get(Post.class, id);
    }

    /** A {@code JdbcTemplate} query for the post, in a read-only transaction. */
    @Transactional(readOnly = true)
    public Post jdbcGet(long id) {
        return jdbc.queryForObject(POST_BY_ID, (rs, n) -> JdbcMapping.post(rs, 1), id);
    }

    /** A page of users with their posts (select-in loading), in a read-only transaction. */
    @Transactional(readOnly = true)
    public List<User> ormkitPage(long afterId) {
        return ormkitPage(session, afterId);
    }

    /** The same page through {@code JdbcTemplate}: users, then their posts with one {@code IN}. */
    @Transactional(readOnly = true)
    public List<User> jdbcPage(long afterId) {
        return jdbcPage(jdbc, afterId);
    }

    /** The page query of the ORM, for a session of the caller's. */
    public static List<User> ormkitPage(Session session, long afterId) {
        return session.query(User.class).options(Load.selectinLoad(User_.posts)).filter(User_.id.gt(afterId))
                .orderBy("id").limit(PAGE).all();
    }

    /** The page through a {@code JdbcTemplate}. */
    public static List<User> jdbcPage(JdbcTemplate jdbc, long afterId) {
        List<User> users = jdbc.query(USERS_PAGE, (rs, n) -> JdbcMapping.user(rs, 1), afterId);
        if (users.isEmpty()) {
            return users;
        }
        Map<Long, User> byId = new HashMap<>(users.size() * 2);
        List<Object> ids = new ArrayList<>(users.size());
        StringBuilder sql = new StringBuilder("SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts WHERE user_id IN (");
        for (User u : users) {
            byId.put(u.getId(), u);
            ids.add(u.getId());
            sql.append(ids.size() == 1 ? "?" : ", ?");
        }
        sql.append(") ORDER BY id");
        jdbc.query(sql.toString(), rs -> {
            Post p = JdbcMapping.post(rs, 1);
            byId.get(p.getUserId()).addPost(p);
        }, ids.toArray());
        return users;
    }
}
