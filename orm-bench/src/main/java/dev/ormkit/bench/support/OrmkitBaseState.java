package dev.ormkit.bench.support;

import dev.ormkit.bench.model.BasePost;
import dev.ormkit.bench.model.BaseUser;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ormkit with the model declared as subclasses of {@code dev.ormkit.orm.Base} ({@link BaseUser},
 * {@link BasePost}), on {@link OrmkitState}'s engine: the same tables and rows, a second
 * session factory.
 */
@State(Scope.Benchmark)
public class OrmkitBaseState {
    private @Nullable SessionFactory sessions;

    /** Creates the session factory; runs after {@link OrmkitState#start}. */
    @Setup(Level.Trial)
    public void start(OrmkitState ormkit) {
        sessions = SessionFactory.builder(ormkit.engine()).metadata(MetaData.of(BaseUser.class, BasePost.class)).build();
    }

    /** Lets go of the factory (the engine is {@link OrmkitState}'s). */
    @TearDown(Level.Trial)
    public void stop() {
        sessions = null;
    }

    /** The session factory of the {@code Base}-derived model. */
    public SessionFactory sessions() {
        if (sessions == null) {
            throw new IllegalStateException("OrmkitBaseState.start() has not run");
        }
        return sessions;
    }
}
