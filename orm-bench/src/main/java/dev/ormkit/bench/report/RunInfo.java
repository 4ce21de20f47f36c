package dev.ormkit.bench.report;

import java.time.Duration;
import java.time.ZonedDateTime;

/** How the suite was run: when, how long, with which command, and whether it was a smoke run. */
public final class RunInfo {
    private final ZonedDateTime started;
    private final Duration elapsed;
    private final String command;
    private final boolean smoke;

    public RunInfo(ZonedDateTime started, Duration elapsed, String command, boolean smoke) {
        this.started = started;
        this.elapsed = elapsed;
        this.command = command;
        this.smoke = smoke;
    }

    public ZonedDateTime started() {
        return started;
    }

    public Duration elapsed() {
        return elapsed;
    }

    public String command() {
        return command;
    }

    /** A smoke run proves the suite works; its numbers are not measurements. */
    public boolean smoke() {
        return smoke;
    }
}
