package dev.ormkit.orm;

import org.jspecify.annotations.Nullable;

/**
 * A mapped class that keeps the session's state of each of its objects in a field of its own,
 * as a subclass of {@link Base} does, without giving up its superclass. ormkit's build-time
 * enhancement ({@link dev.ormkit.enhance.StateFieldPlugin}, a Byte Buddy build plugin) adds the
 * field and these two methods to every {@code @Table} class of a module; nothing else needs to
 * change in the class or in the code that uses it.
 *
 * <p>What it saves is what {@link Base} saves: a plain object's state is found through a
 * process-wide registry of weak references, which holds each state until a garbage collection
 * has shown its object gone, so every young collection copies the state of every plain object
 * loaded since the previous one. The state of an object that carries it is held by the object
 * alone and dies with it; loading it allocates no weak reference and no registry or map entry.
 * Sessions treat such objects exactly as they treat {@link Base} objects (whose Javadoc names the
 * one difference from plain objects, in what an expunged object keeps reachable).
 *
 * <p>The methods are ormkit's: a program neither calls nor overrides them. Written by hand, the
 * field must be {@code transient} (the mapping then ignores it, and copies made by
 * serialization or JSON mappers leave it out) and the methods {@code final}:
 * <pre>{@code
 * private transient Object $ormkitState;
 * public final Object $ormkitState() { return $ormkitState; }
 * public final void $ormkitState(Object state) { $ormkitState = state; }
 * }</pre>
 * A copy made by {@code clone()} shares the field's value; ormkit checks that the state it finds
 * is the state of that very object, so the copy is a new, transient object, as a plain one is.
 */
public interface StateCarrier {
    /** The value last given to {@link #$ormkitState(Object)}; null before. */
    @Nullable Object $ormkitState();

    /** Keeps {@code state}, the object's session state, for {@link #$ormkitState()}. */
    void $ormkitState(@Nullable Object state);
}
