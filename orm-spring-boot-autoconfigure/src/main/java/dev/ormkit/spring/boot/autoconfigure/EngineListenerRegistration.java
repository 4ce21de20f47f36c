package dev.ormkit.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Engine;
import dev.ormkit.event.OrmListener;
import dev.ormkit.event.StatementListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One listener added to the application's engines for the life of the context, and removed
 * when it closes: an engine can outlive the context (a user's own bean, a test's engine), and
 * must not keep recording into a closed registry.
 */
final class EngineListenerRegistration implements AutoCloseable {
    private final List<Runnable> removals = new ArrayList<>();

    private EngineListenerRegistration() {
    }

    static EngineListenerRegistration statements(ObjectProvider<Engine> engines, StatementListener listener) {
        EngineListenerRegistration registration = new EngineListenerRegistration();
        engines.orderedStream().distinct().forEach(engine -> {
            engine.events().addStatementListener(listener);
            registration.removals.add(() -> engine.events().removeStatementListener(listener));
        });
        return registration;
    }

    static EngineListenerRegistration orm(ObjectProvider<Engine> engines, OrmListener listener) {
        EngineListenerRegistration registration = new EngineListenerRegistration();
        engines.orderedStream().distinct().forEach(engine -> {
            engine.events().addOrmListener(listener);
            registration.removals.add(() -> engine.events().removeOrmListener(listener));
        });
        return registration;
    }

    @Override
    public void close() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
