package dev.ormkit.event;

/**
 * Something that runs statements and lets listeners watch them: an engine (and whatever is
 * built on one). {@link StatementCounter#on(EventSource)} takes any of them.
 */
public interface EventSource {

    /** The listener registry of this source. */
    Events events();
}
