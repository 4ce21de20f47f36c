package dev.ormkit.bench.support;

import dev.ormkit.engine.Engine;
import dev.ormkit.event.OrmListener;
import dev.ormkit.event.StatementListener;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link OrmkitState} with a statement listener and an ORM listener registered on its own
 * engine, both doing nothing: every statement builds its event and reads the clock twice, every
 * session reports its transaction's moments, yet no listener work is added. What this costs over
 * an engine with no listener is the most the event plumbing can cost when nobody listens.
 */
@State(Scope.Benchmark)
public class ListenedOrmkitState extends OrmkitState {
    /** A listener of every statement and ORM event that does nothing with them. */
    static final class NoOpListener implements StatementListener, OrmListener {
    }

    @Override
    protected void configure(Engine e) {
        NoOpListener listener = new NoOpListener();
        e.events().addStatementListener(listener);
        e.events().addOrmListener(listener);
    }
}
