package dev.ormkit.bench.support;

import java.time.LocalDateTime;
import dev.ormkit.bench.model.Post;
import dev.ormkit.bench.model.User;
import dev.ormkit.engine.Engine;
import dev.ormkit.engine.Row;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Column;
import dev.ormkit.schema.Table;
import dev.ormkit.sql.Sql;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ormkit over the trial's pool: an {@link Engine}, a {@link SessionFactory} for the mapped
 * {@link User} and {@link Post} as the guide builds one, and their tables for the Core
 * implementations.
 */
@State(Scope.Benchmark)
public class OrmkitState {
    /** {@code users}, as mapped from {@link User}. */
    public static final Table USERS = Sql.tableOf(User.class);
    public static final Column<Long> USERS_ID = USERS.c("id");
    /** {@code posts}, as mapped from {@link Post}. */
    public static final Table POSTS = Sql.tableOf(Post.class);
    public static final Column<Long> POSTS_ID = POSTS.c("id");
    public static final Column<Long> POSTS_USER_ID = POSTS.c("user_id");
    public static final Column<String> POSTS_TITLE = POSTS.c("title");

    private @Nullable Engine engine;
    private @Nullable SessionFactory sessions;

    /** Creates the engine and session factory; runs after {@link BenchDatabase#start()}. */
    @Setup(Level.Trial)
    public void start(BenchDatabase db) {
        Engine e = Engine.of(db.dataSource());
        configure(e);
        sessions = SessionFactory.builder(e).metadata(MetaData.of(User.class, Post.class)).build();
        engine = e;
    }

    /** What a variant of this state does to its engine before the session factory is built; nothing here. */
    protected void configure(Engine e) {
    }

    /** Closes the engine (the pool is {@link BenchDatabase}'s and stays open until it closes it). */
    @TearDown(Level.Trial)
    public void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
            sessions = null;
        }
    }

    /** The session factory (SQLAlchemy's {@code sessionmaker}). */
    public SessionFactory sessions() {
        if (sessions == null) {
            throw new IllegalStateException("OrmkitState.start() has not run");
        }
        return sessions;
    }

    /** The engine. */
    public Engine engine() {
        if (engine == null) {
            throw new IllegalStateException("OrmkitState.start() has not run");
        }
        return engine;
    }

    /** A post from a Core row of {@code select(POSTS)}. */
    public static Post post(Row row) {
        return post(row, 0);
    }

    /** A post from five Core row values starting at index {@code first} (0-based). */
    public static Post post(Row row, int first) {
        return new Post(require(row.get(first, Long.class)), require(row.get(first + 1, String.class)),
                require(row.get(first + 2, String.class)), row.get(first + 3, Long.class),
                require(row.get(first + 4, LocalDateTime.class)));
    }

    /** A user from a Core row of {@code select(USERS)}. */
    public static User user(Row row) {
        return new User(require(row.get(0, Long.class)), require(row.get(1, String.class)),
                require(row.get(2, String.class)), require(row.get(3, Boolean.class)),
                require(row.get(4, LocalDateTime.class)));
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("NULL in a NOT NULL column");
        }
        return value;
    }
}
