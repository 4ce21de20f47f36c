package dev.ormkit.bench.support;

import dev.ormkit.orm.SessionFactory;
import dev.ormkit.schema.MetaData;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ormkit over another declaration of the benchmarks' model (the same tables and rows), on
 * {@link OrmkitState}'s engine: a session factory of its own for the model's classes.
 */
public abstract class ModelSessions {
    private @Nullable SessionFactory sessions;

    /** The model's mapped classes. */
    protected abstract MetaData metadata();

    /** Creates the session factory; runs after {@link OrmkitState#start}. */
    @Setup(Level.Trial)
    public void start(OrmkitState ormkit) {
        sessions = SessionFactory.builder(ormkit.engine()).metadata(metadata()).build();
    }

    /** Lets go of the factory (the engine is {@link OrmkitState}'s). */
    @TearDown(Level.Trial)
    public void stop() {
        sessions = null;
    }

    /** The session factory of this model. */
    public SessionFactory sessions() {
        if (sessions == null) {
            throw new IllegalStateException(getClass().getSimpleName() + ".start() has not run");
        }
        return sessions;
    }
}
