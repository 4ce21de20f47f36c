package dev.ormkit.spring.boot.autoconfigure;

/** Auto-configurations named where a class literal would load a class that may be absent. */
final class OrmAutoConfigurationNames {
    /** The core wiring (engine, metadata, session factory) the instrumentation follows. */
    static final String ORM = "dev.ormkit.spring.boot.autoconfigure.OrmAutoConfiguration";

    private OrmAutoConfigurationNames() {
    }
}
