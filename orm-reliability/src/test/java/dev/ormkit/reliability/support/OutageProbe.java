package dev.ormkit.reliability.support;

import java.util.concurrent.TimeUnit;

/**
 * Opens a new connection to a server every 100 ms from a thread of its own, and keeps when the
 * first attempt failed and when one first worked again after that: the outage as a client
 * outside the application's pool saw it.
 */
public final class OutageProbe implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 100;

    private final ServerControl control;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long downAt = -1;
    private volatile long upAt = -1;

    /** Starts probing the server {@code control} reaches. */
    public OutageProbe(ServerControl control) {
        this.control = control;
        this.thread = new Thread(this::probe, "outage-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void probe() {
        while (running) {
            long at = System.nanoTime();
            boolean answered = control.answers();
            if (!answered && downAt < 0) {
                downAt = at;
            } else if (answered && downAt >= 0 && upAt < 0) {
                upAt = at;
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** True once the server was seen down and then up again. */
    public boolean sawOutageEnd() {
        return upAt >= 0;
    }

    /** When the first connection failed ({@link System#nanoTime()}), or -1. */
    public long downAt() {
        return downAt;
    }

    /** When a connection first worked again after that ({@link System#nanoTime()}), or -1. */
    public long upAt() {
        return upAt;
    }

    /** The outage in milliseconds, as seen every 100 ms; -1 when none ended. */
    public long outageMillis() {
        return upAt < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(upAt - downAt);
    }

    /** Stops probing. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
