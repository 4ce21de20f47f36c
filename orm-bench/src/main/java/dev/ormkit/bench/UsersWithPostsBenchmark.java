package dev.ormkit.bench;

import static dev.ormkit.bench.jooq.Tables.*;
import static dev.ormkit.sql.Sql.select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import dev.ormkit.bench.enhanced.EnhancedUser;
import dev.ormkit.bench.enhanced.EnhancedUser_;
import dev.ormkit.bench.jooq.JooqMapping;
import dev.ormkit.bench.jooq.JooqState;
import dev.ormkit.bench.jpa.HibernateState;
import dev.ormkit.bench.jpa.JpaUser;
import dev.ormkit.bench.model.BaseUser;
import dev.ormkit.bench.model.BaseUser_;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import dev.ormkit.bench.model.User_;
import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Fixtures;
import dev.ormkit.bench.support.JdbcMapping;
import dev.ormkit.bench.support.OrmkitBaseState;
import dev.ormkit.bench.support.OrmkitEnhancedState;
import dev.ormkit.bench.support.OrmkitState;
import dev.ormkit.engine.Row;
import dev.ormkit.orm.Load;
import org.hibernate.Session;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 4: all 1,000 users with their 10 posts each, loaded eagerly: "selectin" (the users,
 * then their posts in one {@code IN} query) and "joined" (one {@code LEFT OUTER JOIN}).
 */
@Workload(number = 4, title = "1,000 users with 10 posts each, eager loading",
        description = "All users and, on each, its list of posts. **selectin**: two queries (users; posts `WHERE user_id IN (...)`). "
                + "**joined**: one `users LEFT OUTER JOIN posts` query.",
        groups = {"selectin", "joined"}, target = 1.5)
// one fork, as BenchmarkReport runs it, also when JMH's own main runs the class
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Iterations.WARMUP, time = Iterations.WARMUP_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = Iterations.MEASURED, time = Iterations.MEASURED_MILLIS, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class UsersWithPostsBenchmark {
    /** Users in the table. */
    public static final int USER_COUNT = 1_000;
    /** Posts per user. */
    public static final int POSTS_EACH = 10;

    private static final String USERS_SQL = "SELECT " + JdbcMapping.USER_COLUMNS + " FROM users ORDER BY id";
    private static final String JOIN_SQL = "SELECT u.id, u.username, u.email, u.is_active, u.created_at, "
            + "p.id, p.title, p.content, p.user_id, p.created_at "
            + "FROM users u LEFT OUTER JOIN posts p ON p.user_id = u.id ORDER BY u.id, p.id";

    /** Fills the tables once per trial. */
    @Setup(Level.Trial)
    public void fill(BenchDatabase db) throws SQLException {
        Fixtures.insertUsersWithPosts(db.dataSource(), USER_COUNT, POSTS_EACH);
    }

    // ---- selectin: the users, then their posts in one IN query

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "selectin", baseline = true,
            note = "two prepared statements; posts attached through a map of users by id")
    public List<User> selectinJdbc(BenchDatabase db) throws SQLException {
        try (Connection conn = db.dataSource().getConnection()) {
            List<User> users = new ArrayList<>(USER_COUNT);
            Map<Long, User> byId = new HashMap<>(USER_COUNT * 2);
            try (PreparedStatement ps = conn.prepareStatement(USERS_SQL); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    User u = JdbcMapping.user(rs, 1);
                    users.add(u);
                    byId.put(u.getId(), u);
                }
            }
            String sql = "SELECT " + JdbcMapping.POST_COLUMNS + " FROM posts WHERE user_id IN (" + placeholders(users.size()) + ")";
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                int i = 1;
                for (User u : users) {
                    ps.setLong(i++, u.getId());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Post p = JdbcMapping.post(rs, 1);
                        byId.get(p.getUserId()).addPost(p);
                    }
                }
            }
            return checked(users);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "selectin",
            note = "`session.query(User.class).options(selectinLoad(User_.posts)).orderBy(\"id\").all()`")
    public List<User> selectinOrmkit(OrmkitState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return checked(session.query(User.class).options(Load.selectinLoad(User_.posts)).orderBy("id").all());
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_BASE, group = "selectin", note = "the same, `BaseUser`/`BasePost extends Base`")
    public List<BaseUser> selectinOrmkitBase(OrmkitBaseState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return checked(session.query(BaseUser.class).options(Load.selectinLoad(BaseUser_.posts)).orderBy("id").all(),
                    BaseUser::getPosts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_ENHANCED, group = "selectin", note = "the same, `EnhancedUser`/`EnhancedPost` enhanced by the build")
    public List<EnhancedUser> selectinOrmkitEnhanced(OrmkitEnhancedState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return checked(session.query(EnhancedUser.class).options(Load.selectinLoad(EnhancedUser_.posts)).orderBy("id").all(),
                    EnhancedUser::getPosts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE, group = "selectin",
            note = "`select(users)`, then `select(posts).where(posts.c(\"user_id\").in(ids))`, rows mapped by hand")
    public List<User> selectinOrmkitCore(OrmkitState ormkit) {
        try (var conn = ormkit.engine().connect()) {
            List<User> users = new ArrayList<>(USER_COUNT);
            Map<Long, User> byId = new HashMap<>(USER_COUNT * 2);
            for (Row row : conn.execute(select(OrmkitState.USERS).orderBy(OrmkitState.USERS_ID.asc()))) {
                User u = OrmkitState.user(row);
                users.add(u);
                byId.put(u.getId(), u);
            }
            var posts = select(OrmkitState.POSTS).where(OrmkitState.POSTS_USER_ID.in(byId.keySet()));
            for (Row row : conn.execute(posts)) {
                Post p = OrmkitState.post(row);
                byId.get(p.getUserId()).addPost(p);
            }
            return checked(users);
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, group = "selectin",
            note = "subselect fetching on (`setSubselectFetchingEnabled`): posts of all users in one query; read-only session")
    public List<JpaUser> selectinHibernate(HibernateState hibernate) {
        try (Session session = hibernate.sessions().openSession()) {
            session.setDefaultReadOnly(true);
            session.setSubselectFetchingEnabled(true);
            List<JpaUser> users = session.createSelectionQuery("from JpaUser u order by u.id", JpaUser.class).getResultList();
            int posts = 0;
            for (JpaUser u : users) {
                posts += u.getPosts().size();
            }
            Checks.that(posts == USER_COUNT * POSTS_EACH, "every post loaded");
            return users;
        }
    }

    @Benchmark
    @Variant(value = Implementation.JOOQ, group = "selectin",
            note = "two `select` queries, the second with `POSTS_USER_ID.in(ids)`; posts attached through a map")
    public List<User> selectinJooq(JooqState jooq) {
        DSLContext dsl = jooq.dsl();
        List<User> users = dsl.select(USER_FIELDS).from(USERS).orderBy(USERS_ID).fetch(JooqMapping::user);
        Map<Long, User> byId = new HashMap<>(USER_COUNT * 2);
        for (User u : users) {
            byId.put(u.getId(), u);
        }
        for (Post p : dsl.select(POST_FIELDS).from(POSTS).where(POSTS_USER_ID.in(byId.keySet())).fetch(JooqMapping::post)) {
            byId.get(p.getUserId()).addPost(p);
        }
        return checked(users);
    }

    // ---- joined: one LEFT OUTER JOIN, users repeated on each of their posts' rows

    @Benchmark
    @Variant(value = Implementation.JDBC, group = "joined", baseline = true,
            note = "one prepared join, ordered by user: a new user starts where the id changes")
    public List<User> joinedJdbc(BenchDatabase db) throws SQLException {
        try (Connection conn = db.dataSource().getConnection();
             PreparedStatement ps = conn.prepareStatement(JOIN_SQL);
             ResultSet rs = ps.executeQuery()) {
            List<User> users = new ArrayList<>(USER_COUNT);
            User current = null;
            while (rs.next()) {
                long userId = rs.getLong(1);
                if (current == null || current.getId() != userId) {
                    current = JdbcMapping.user(rs, 1);
                    users.add(current);
                }
                rs.getLong(6);
                if (!rs.wasNull()) {
                    current.addPost(JdbcMapping.post(rs, 6));
                }
            }
            return checked(users);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT, group = "joined",
            note = "`session.query(User.class).options(joinedLoad(User_.posts)).orderBy(\"id\").all()`")
    public List<User> joinedOrmkit(OrmkitState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return checked(session.query(User.class).options(Load.joinedLoad(User_.posts)).orderBy("id").all());
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_BASE, group = "joined", note = "the same, `BaseUser`/`BasePost extends Base`")
    public List<BaseUser> joinedOrmkitBase(OrmkitBaseState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return checked(session.query(BaseUser.class).options(Load.joinedLoad(BaseUser_.posts)).orderBy("id").all(),
                    BaseUser::getPosts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_ENHANCED, group = "joined", note = "the same, `EnhancedUser`/`EnhancedPost` enhanced by the build")
    public List<EnhancedUser> joinedOrmkitEnhanced(OrmkitEnhancedState ormkit) {
        try (var session = ormkit.sessions().open()) {
            return checked(session.query(EnhancedUser.class).options(Load.joinedLoad(EnhancedUser_.posts)).orderBy("id").all(),
                    EnhancedUser::getPosts);
        }
    }

    @Benchmark
    @Variant(value = Implementation.ORMKIT_CORE, group = "joined",
            note = "`select(users, posts).selectFrom(users.outerJoin(posts))`, rows grouped by hand")
    public List<User> joinedOrmkitCore(OrmkitState ormkit) {
        try (var conn = ormkit.engine().connect()) {
            List<User> users = new ArrayList<>(USER_COUNT);
            User current = null;
            var query = select(OrmkitState.USERS, OrmkitState.POSTS)
                    .selectFrom(OrmkitState.USERS.outerJoin(OrmkitState.POSTS))
                    .orderBy(OrmkitState.USERS_ID.asc(), OrmkitState.POSTS_ID.asc());
            for (Row row : conn.execute(query)) {
                Long userId = row.get(0, Long.class);
                if (current == null || !current.getId().equals(userId)) {
                    current = OrmkitState.user(row);
                    users.add(current);
                }
                if (row.get(5) != null) {
                    current.addPost(OrmkitState.post(row, 5));
                }
            }
            return checked(users);
        }
    }

    @Benchmark
    @Variant(value = Implementation.HIBERNATE, group = "joined",
            note = "HQL `left join fetch u.posts` (Hibernate removes the repeated users); read-only session")
    public List<JpaUser> joinedHibernate(HibernateState hibernate) {
        try (Session session = hibernate.sessions().openSession()) {
            session.setDefaultReadOnly(true);
            List<JpaUser> users = session.createSelectionQuery(
                    "from JpaUser u left join fetch u.posts order by u.id", JpaUser.class).getResultList();
            int posts = 0;
            for (JpaUser u : users) {
                posts += u.getPosts().size();
            }
            Checks.that(users.size() == USER_COUNT && posts == USER_COUNT * POSTS_EACH, "every user loaded once, with its posts");
            return users;
        }
    }

    @Benchmark
    @Variant(value = Implementation.JOOQ, group = "joined",
            note = "one `leftJoin(POSTS).on(...)` query, records grouped by hand")
    public List<User> joinedJooq(JooqState jooq) {
        List<User> users = new ArrayList<>(USER_COUNT);
        User current = null;
        for (Record r : jooq.dsl().select(USER_FIELDS).select(POST_FIELDS).from(USERS)
                .leftJoin(POSTS).on(POSTS_USER_ID.eq(USERS_ID)).orderBy(USERS_ID, POSTS_ID).fetch()) {
            Long userId = r.get(USERS_ID);
            if (current == null || !current.getId().equals(userId)) {
                current = JooqMapping.user(r);
                users.add(current);
            }
            if (r.get(POSTS_ID) != null) {
                current.addPost(JooqMapping.post(r));
            }
        }
        return checked(users);
    }

    static String placeholders(int count) {
        StringBuilder sb = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.toString();
    }

    /** Walks every user's posts, as a program that loaded them would, and checks they are all there. */
    private static List<User> checked(List<User> users) {
        return checked(users, User::getPosts);
    }

    /** {@link #checked} for any of the model's user classes, whose posts {@code postsOf} gives. */
    private static <U> List<U> checked(List<U> users, Function<U, List<?>> postsOf) {
        Checks.size(users, USER_COUNT);
        int posts = 0;
        for (U u : users) {
            posts += postsOf.apply(u).size();
        }
        Checks.that(posts == USER_COUNT * POSTS_EACH, "every user has its posts (found " + posts + ")");
        return users;
    }

}
