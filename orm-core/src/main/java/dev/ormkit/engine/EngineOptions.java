package dev.ormkit.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.ormkit.exc.ArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link Engine} connects and pools, with SQLAlchemy's names and meanings. Immutable:
 * each setter returns a new value. {@code EngineOptions.defaults().echo(true).poolSize(10)}.
 */
public final class EngineOptions {
    /** The statement cache size unless {@link #statementCacheSize(int)} says otherwise, SQLAlchemy's. */
    public static final int DEFAULT_STATEMENT_CACHE_SIZE = 500;

    private final boolean echo;
    private final int poolSize;
    private final int maxOverflow;
    private final boolean poolPrePing;
    private final @Nullable Duration poolRecycle;
    private final Duration poolTimeout;
    private final Map<String, String> connectArgs;
    private final @Nullable String name;
    private final int statementCacheSize;

    private EngineOptions(boolean echo, int poolSize, int maxOverflow, boolean poolPrePing,
                          @Nullable Duration poolRecycle, Duration poolTimeout, Map<String, String> connectArgs) {
        this(echo, poolSize, maxOverflow, poolPrePing, poolRecycle, poolTimeout, connectArgs, null,
                DEFAULT_STATEMENT_CACHE_SIZE);
    }

    private EngineOptions(boolean echo, int poolSize, int maxOverflow, boolean poolPrePing,
                          @Nullable Duration poolRecycle, Duration poolTimeout, Map<String, String> connectArgs,
                          @Nullable String name, int statementCacheSize) {
        this.name = name;
        this.statementCacheSize = statementCacheSize;
        this.echo = echo;
        this.poolSize = poolSize;
        this.maxOverflow = maxOverflow;
        this.poolPrePing = poolPrePing;
        this.poolRecycle = poolRecycle;
        this.poolTimeout = poolTimeout;
        this.connectArgs = Collections.unmodifiableMap(connectArgs);
    }

    /** SQLAlchemy's defaults: pool of 5, overflow 10, 30 s timeout, no recycling, no echo. */
    public static EngineOptions defaults() {
        return new EngineOptions(false, 5, 10, false, null, Duration.ofSeconds(30), new LinkedHashMap<>());
    }

    /** Log every statement and its parameters at INFO on logger {@code dev.ormkit.engine}. */
    public EngineOptions echo(boolean on) {
        return new EngineOptions(on, poolSize, maxOverflow, poolPrePing, poolRecycle, poolTimeout,
                connectArgs, name, statementCacheSize);
    }

    /** Connections kept open in the pool. */
    public EngineOptions poolSize(int size) {
        if (size < 1) {
            throw new ArgumentException("poolSize must be at least 1, got " + size);
        }
        return new EngineOptions(echo, size, maxOverflow, poolPrePing, poolRecycle, poolTimeout,
                connectArgs, name, statementCacheSize);
    }

    /** Connections the pool may open beyond {@code poolSize} under load. */
    public EngineOptions maxOverflow(int overflow) {
        if (overflow < 0) {
            throw new ArgumentException("maxOverflow must not be negative, got " + overflow);
        }
        return new EngineOptions(echo, poolSize, overflow, poolPrePing, poolRecycle, poolTimeout,
                connectArgs, name, statementCacheSize);
    }

    /**
     * Test every connection as it is checked out, as SQLAlchemy's {@code pool_pre_ping} does:
     * {@link Engine#connect()} pings the server ({@code Connection.isValid}) and, when the
     * connection is dead (the server restarted, a proxy or a DBA dropped it), throws it and the
     * pool's other idle connections away and hands out a new one, so the caller never sees the
     * dropped connection. Without it, HikariCP checks only connections idle for more than
     * 500 ms, and a connection dropped right after use fails the next statement run on it.
     * A keep-alive ping every 30 seconds also replaces dropped idle connections in the background.
     *
     * <p>The cost is one round trip per checkout, at most that of a {@code SELECT 1} (figures
     * in the README). A connection can still die between the
     * ping and its first statement; pre-ping narrows that window to microseconds, it cannot
     * close it. Applies to pools the engine made and to a HikariCP data source given to
     * {@link Engine#of} (as Spring Boot's is); other data sources are used as they come.
     */
    public EngineOptions poolPrePing(boolean on) {
        return new EngineOptions(echo, poolSize, maxOverflow, on, poolRecycle, poolTimeout,
                connectArgs, name, statementCacheSize);
    }

    /** Replace connections older than this (HikariCP's {@code maxLifetime}; at least 30 s). */
    public EngineOptions poolRecycle(Duration age) {
        if (age.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new ArgumentException("poolRecycle must be at least 30 seconds (HikariCP's minimum), got " + age);
        }
        return new EngineOptions(echo, poolSize, maxOverflow, poolPrePing, age, poolTimeout,
                connectArgs, name, statementCacheSize);
    }

    /** How long {@code connect()} waits for a free connection before failing. */
    public EngineOptions poolTimeout(Duration timeout) {
        if (timeout.toMillis() < 250) {
            throw new ArgumentException("poolTimeout must be at least 250 ms, got " + timeout);
        }
        return new EngineOptions(echo, poolSize, maxOverflow, poolPrePing, poolRecycle, timeout,
                connectArgs, name, statementCacheSize);
    }

    /** A driver property, passed as is to the JDBC driver. */
    public EngineOptions connectArg(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(connectArgs);
        m.put(key, value);
        return new EngineOptions(echo, poolSize, maxOverflow, poolPrePing, poolRecycle, poolTimeout,
                m, name, statementCacheSize);
    }

    /**
     * The engine's name, as listeners, metrics and logs show it (an application with two
     * databases tells them apart by it). By default the pool's name for an engine over a
     * HikariCP data source, else the database's name ({@code postgresql}, {@code h2}...).
     */
    public EngineOptions name(String engineName) {
        if (engineName.isBlank()) {
            throw new ArgumentException("An engine name must not be blank");
        }
        return new EngineOptions(echo, poolSize, maxOverflow, poolPrePing, poolRecycle, poolTimeout, connectArgs,
                engineName, statementCacheSize);
    }

    /**
     * How many compiled statement shapes the engine keeps (default
     * {@value #DEFAULT_STATEMENT_CACHE_SIZE}); past it the least recently used are compiled again
     * when next run. SQLAlchemy's {@code query_cache_size}.
     */
    public EngineOptions statementCacheSize(int size) {
        if (size < 1) {
            throw new ArgumentException("statementCacheSize must be at least 1, got " + size);
        }
        return new EngineOptions(echo, poolSize, maxOverflow, poolPrePing, poolRecycle, poolTimeout, connectArgs,
                name, size);
    }

    /** The name given with {@link #name(String)}, or null for the default. */
    public @Nullable String name() {
        return name;
    }

    /** How many compiled statement shapes the engine keeps. */
    public int statementCacheSize() {
        return statementCacheSize;
    }

    public boolean echo() {
        return echo;
    }

    public int poolSize() {
        return poolSize;
    }

    public int maxOverflow() {
        return maxOverflow;
    }

    public boolean poolPrePing() {
        return poolPrePing;
    }

    public @Nullable Duration poolRecycle() {
        return poolRecycle;
    }

    public Duration poolTimeout() {
        return poolTimeout;
    }

    public Map<String, String> connectArgs() {
        return connectArgs;
    }
}
