package dev.ormkit.bench.jooq;

import dev.ormkit.bench.support.BenchDatabase;
import dev.ormkit.bench.support.Database;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A jOOQ {@link DSLContext} over the trial's pool. Execute logging is off, as jOOQ's manual
 * advises for production (it costs even when the logger is silent).
 */
@State(Scope.Benchmark)
public class JooqState {
    static {
        // keep the start-up banner and tips out of the benchmark output
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private @Nullable DSLContext dsl;

    /** Creates the context; runs after {@link BenchDatabase#start()}. */
    @Setup(Level.Trial)
    public void start(BenchDatabase db) {
        SQLDialect dialect = db.target() == Database.POSTGRESQL ? SQLDialect.POSTGRES : SQLDialect.H2;
        dsl = DSL.using(db.dataSource(), dialect, new Settings().withExecuteLogging(false));
    }

    /** The context. */
    public DSLContext dsl() {
        if (dsl == null) {
            throw new IllegalStateException("JooqState.start() has not run");
        }
        return dsl;
    }
}
