package dev.ormkit.event;

/** A session flush that ended: how long it took and whether it succeeded. */
public record FlushEvent(long nanos, boolean succeeded) {
}
