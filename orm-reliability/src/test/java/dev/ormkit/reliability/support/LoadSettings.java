package dev.ormkit.reliability.support;

import java.time.Duration;

/**
 * How hard and how long the load runs: bounded in the build, long with
 * {@code -Dormkit.reliability.full=true}; {@code -Dormkit.reliability.clients},
 * {@code -Dormkit.reliability.sessions} and {@code -Dormkit.reliability.seconds} override either.
 *
 * @param httpClients concurrent HTTP clients
 * @param sessionWorkers threads running plain sessions ({@code SessionFactory.open()}) beside them
 * @param duration how long the clients keep sending
 */
public record LoadSettings(int httpClients, int sessionWorkers, Duration duration) {

    /** True for the long run. */
    public static boolean full() {
        return Boolean.getBoolean("ormkit.reliability.full");
    }

    /** The settings of this run, for a load lasting {@code boundedSeconds} in the build. */
    public static LoadSettings current(int boundedSeconds) {
        boolean full = full();
        return new LoadSettings(
                Integer.getInteger("ormkit.reliability.clients", full ? 32 : 8),
                Integer.getInteger("ormkit.reliability.sessions", full ? 4 : 2),
                Duration.ofSeconds(Integer.getInteger("ormkit.reliability.seconds", full ? 60 : boundedSeconds)));
    }
}
