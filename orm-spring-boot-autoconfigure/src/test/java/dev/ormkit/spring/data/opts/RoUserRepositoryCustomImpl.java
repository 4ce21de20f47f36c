package dev.ormkit.spring.data.opts;

import java.util.List;
import java.util.Map;
import dev.ormkit.orm.Session;
import dev.ormkit.sql.Sql;

/** Found by its name next to {@link RoUserRepositoryCustom}; runs on the session of the current transaction. */
class RoUserRepositoryCustomImpl implements RoUserRepositoryCustom {
    private final Session session;

    RoUserRepositoryCustomImpl(Session session) {
        this.session = session;
    }

    @Override
    public List<String> usernamesWithAtLeast(int posts) {
        return session.execute(Sql.text("SELECT u.username FROM ro_users u JOIN ro_posts p ON p.author_id = u.id"
                        + " GROUP BY u.username HAVING count(*) >= :n ORDER BY u.username"), Map.of("n", posts))
                .all().stream().map(r -> (String) r.get(0)).toList();
    }
}
