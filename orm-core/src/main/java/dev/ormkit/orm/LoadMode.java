package dev.ormkit.orm;

/** What touching an unloaded relationship does. */
enum LoadMode {
    /** Loads it (SQLAlchemy's {@code lazy="select"}). */
    LAZY,
    /** Throws {@link dev.ormkit.exc.LazyLoadRaisedException} ({@code lazy="raise"}). */
    RAISE
}
