package dev.ormkit.bench.support;

import dev.ormkit.bench.enhanced.EnhancedPost;
import dev.ormkit.bench.enhanced.EnhancedUser;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ormkit with the model as plain classes that the build enhanced ({@link EnhancedUser},
 * {@link EnhancedPost}, module {@code orm-bench-enhanced}), on {@link OrmkitState}'s engine: the
 * same tables and rows, a third session factory.
 */
@State(Scope.Benchmark)
public class OrmkitEnhancedState {
    private @Nullable SessionFactory sessions;

    /** Creates the session factory; runs after {@link OrmkitState#start}. */
    @Setup(Level.Trial)
    public void start(OrmkitState ormkit) {
        sessions = SessionFactory.builder(ormkit.engine()).metadata(MetaData.of(EnhancedUser.class, EnhancedPost.class)).build();
    }

    /** Lets go of the factory (the engine is {@link OrmkitState}'s). */
    @TearDown(Level.Trial)
    public void stop() {
        sessions = null;
    }

    /** The session factory of the enhanced model. */
    public SessionFactory sessions() {
        if (sessions == null) {
            throw new IllegalStateException("OrmkitEnhancedState.start() has not run");
        }
        return sessions;
    }
}
